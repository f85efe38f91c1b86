namespace LongAnMarket.Core.Ordering;

/// <summary>A lot a line could be filled from. <see cref="Available"/> is null when the lot is counted by weight or volume,
/// which says nothing about how many packs it fills.</summary>
public sealed record LotOnHand(int LotId, string Code, DateOnly ProducedOn, bool IsRecalled, int? Available);

/// <summary>Chooses the lots a shipped line came from: oldest unrecalled lot first, spilling into the next when one runs out.</summary>
public static class LotPicker
{
    public static IReadOnlyList<OrderLineLot> Pick(int quantity, IEnumerable<LotOnHand> lots)
    {
        var picked = new List<OrderLineLot>();
        var remaining = quantity;
        foreach (var lot in lots.Where(l => !l.IsRecalled).OrderBy(l => l.ProducedOn).ThenBy(l => l.LotId))
        {
            if (remaining == 0) break;
            var take = Math.Min(remaining, lot.Available ?? remaining);
            if (take <= 0) continue;
            picked.Add(new OrderLineLot(lot.LotId, lot.Code, take));
            remaining -= take;
        }
        return picked;
    }
}
