using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Tests.Core.Ordering;

public sealed class LotPickerTests
{
    [Fact]
    public void The_oldest_unrecalled_lot_fills_first_and_a_counted_lot_spills_into_the_next()
    {
        LotOnHand[] lots =
        [
            new(3, "L-MOI", new DateOnly(2026, 11, 20), false, 100),
            new(1, "L-THU-HOI", new DateOnly(2026, 10, 1), true, 100),
            new(2, "L-CU", new DateOnly(2026, 11, 1), false, 4),
        ];
        var picked = LotPicker.Pick(10, lots);
        Assert.Equal([("L-CU", 4), ("L-MOI", 6)], picked.Select(p => (p.LotCode, p.Quantity)));
    }

    [Fact]
    public void A_lot_counted_by_weight_fills_the_whole_line_and_no_lot_means_none_recorded()
    {
        var byWeight = LotPicker.Pick(7, [new LotOnHand(5, "G-2026", new DateOnly(2026, 9, 1), false, null)]);
        Assert.Equal(7, Assert.Single(byWeight).Quantity);
        Assert.Empty(LotPicker.Pick(7, []));
        Assert.Empty(LotPicker.Pick(7, [new LotOnHand(1, "X", new DateOnly(2026, 9, 1), true, 50)]));
    }
}
