using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;

namespace LongAnMarket.Tests.Core.Ordering;

public sealed class OrderTests
{
    private static readonly DateTimeOffset Placed = new(2026, 11, 29, 9, 0, 0, TimeSpan.FromHours(7));

    private static SubOrder Part(int producerId, string producer, long goods, long shipping) =>
        new(producerId, producer, [new OrderLine(producerId * 10, producerId * 100, "Sản phẩm", "1 kg", goods, 1)], shipping);

    private static Order NewOrder() => new(OrderCode.New(),
        [Part(1, "HTX Chợ Đào", 360_000, 30_000), Part(2, "Cơ sở Tư Tín", 220_000, 0)], Placed, Placed.AddMinutes(30));

    [Fact]
    public void An_order_totals_its_producers_parts_with_their_shipping()
    {
        var order = NewOrder();
        Assert.Equal(610_000, order.TotalDong);
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.All(order.SubOrders, s => Assert.Equal(SubOrderStatus.AwaitingPayment, s.Status));
    }

    [Fact]
    public void Paying_the_exact_amount_pays_every_part_and_a_repeated_notice_changes_nothing()
    {
        var order = NewOrder();
        Assert.True(order.MarkPaid("FT2633", 610_000, "bank", Placed.AddMinutes(5)));
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.All(order.SubOrders, s => Assert.Equal(SubOrderStatus.Paid, s.Status));
        Assert.False(order.MarkPaid("FT2633", 610_000, "bank", Placed.AddMinutes(6)));
        Assert.Single(order.History);
        Assert.Throws<DomainException>(() => order.MarkPaid("FT9999", 610_000, "bank", Placed.AddMinutes(7)));
        Assert.Equal("FT2633", order.PaymentReference);
    }

    [Fact]
    public void Money_that_arrives_late_or_wrong_is_kept_for_review_never_refused()
    {
        var late = NewOrder();
        late.Expire(Placed.AddMinutes(31));
        Assert.All(late.SubOrders, s => Assert.Equal(SubOrderStatus.Cancelled, s.Status));
        Assert.True(late.MarkPaid("FT1", 610_000, "bank", Placed.AddMinutes(40)));
        Assert.Equal(OrderStatus.PaidNeedsReview, late.Status);

        var short1 = NewOrder();
        Assert.True(short1.MarkPaid("FT2", 600_000, "bank", Placed.AddMinutes(3)));
        Assert.Equal(OrderStatus.PaidNeedsReview, short1.Status);
        Assert.Contains("600.000", short1.History[^1].Note!.Replace(",", "."));
        Assert.All(short1.SubOrders, s => Assert.Equal(SubOrderStatus.AwaitingPayment, s.Status));
    }

    [Fact]
    public void An_order_expires_only_after_its_deadline_and_only_unpaid()
    {
        var order = NewOrder();
        Assert.Throws<DomainException>(() => order.Expire(Placed.AddMinutes(29)));
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        order.MarkPaid("FT3", 610_000, "bank", Placed.AddMinutes(10));
        Assert.Throws<DomainException>(() => order.Expire(Placed.AddMinutes(31)));
        Assert.Equal(OrderStatus.Paid, order.Status);
    }

    [Fact]
    public void Each_producer_moves_its_own_part_and_the_order_completes_when_all_are_settled()
    {
        var order = NewOrder();
        order.MarkPaid("FT4", 610_000, "bank", Placed.AddMinutes(1));
        var rice = order.SubOrders[0];
        var sausage = order.SubOrders[1];

        Assert.Throws<DomainException>(() => rice.Ship("GHN", "GHN123", "htx", Placed.AddHours(1))); // not processing yet
        rice.StartProcessing("htx", Placed.AddHours(1));
        Assert.Throws<DomainException>(() => rice.Ship(" ", "GHN123", "htx", Placed.AddHours(2)));
        Assert.Equal(SubOrderStatus.Processing, rice.Status);
        rice.Ship("GHN", "GHN123", "htx", Placed.AddHours(2));
        Assert.Equal(("GHN", "GHN123"), (rice.Carrier, rice.TrackingNumber));
        Assert.Throws<DomainException>(() => order.Complete("system", Placed.AddHours(3)));
        rice.Deliver("htx", Placed.AddDays(2));

        sausage.Cancel("admin", Placed.AddHours(1), "Hết hàng");
        sausage.Refund("admin", Placed.AddHours(2), "FT-REFUND-1");
        order.Complete("system", Placed.AddDays(2));
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal([SubOrderStatus.Paid, SubOrderStatus.Processing, SubOrderStatus.Shipped, SubOrderStatus.Delivered],
            rice.History.Select(h => h.To));
        Assert.All(rice.History, h => Assert.False(string.IsNullOrEmpty(h.Actor)));
    }

    [Fact]
    public void Moves_that_are_not_allowed_throw_and_change_nothing()
    {
        var order = NewOrder();
        Assert.Throws<DomainException>(() => order.SubOrders[0].StartProcessing("htx", Placed)); // unpaid
        Assert.Throws<DomainException>(() => order.Complete("system", Placed));
        Assert.Throws<DomainException>(() => order.Cancel("shopper", Placed, " "));
        order.Cancel("shopper", Placed.AddMinutes(2), "Đặt nhầm");
        Assert.Throws<DomainException>(() => order.Cancel("shopper", Placed.AddMinutes(3), "Lần nữa"));
        Assert.Throws<DomainException>(() => order.Expire(Placed.AddHours(1)));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Single(order.History);

        Assert.Throws<DomainException>(() => new Order("bad", [Part(1, "A", 1, 0)], Placed, Placed.AddMinutes(30)));
        Assert.Throws<DomainException>(() => new Order(OrderCode.New(), [], Placed, Placed.AddMinutes(30)));
        Assert.Throws<DomainException>(() => new Order(OrderCode.New(), [Part(1, "A", 1, 0), Part(1, "A", 2, 0)], Placed, Placed.AddMinutes(30)));
        Assert.Throws<DomainException>(() => Part(1, "A", 1, -1));
        Assert.Throws<DomainException>(() => new SubOrder(1, "A", [], 0));
        Assert.Throws<DomainException>(() => new OrderLine(1, 1, "A", "1 kg", 1000, 0));
    }

    [Fact]
    public void A_payment_held_for_review_is_either_accepted_while_stock_is_held_or_refunded()
    {
        var shortPaid = NewOrder();
        shortPaid.MarkPaid("FT5", 609_000, "bank", Placed.AddMinutes(2));
        Assert.True(shortPaid.HoldsStock);
        shortPaid.AcceptReviewedPayment("admin", Placed.AddMinutes(10), "Khách chuyển thiếu 1.000 ₫, đã đồng ý");
        Assert.Equal(OrderStatus.Paid, shortPaid.Status);
        Assert.All(shortPaid.SubOrders, s => Assert.Equal(SubOrderStatus.Paid, s.Status));

        var late = NewOrder();
        late.Expire(Placed.AddMinutes(31));
        late.MarkPaid("FT6", 610_000, "bank", Placed.AddMinutes(45));
        Assert.False(late.HoldsStock);
        Assert.Throws<DomainException>(() => late.AcceptReviewedPayment("admin", Placed.AddHours(1), "thử"));
        late.RefundReviewedPayment("admin", Placed.AddHours(1), "FT-OUT-77");
        Assert.Equal(OrderStatus.Refunded, late.Status);
        Assert.Equal([OrderStatus.Expired, OrderStatus.PaidNeedsReview, OrderStatus.Refunded], late.History.Select(h => h.To));
    }

    [Fact]
    public void Shipping_records_the_lots_each_line_came_from_and_refuses_more_than_was_bought()
    {
        var order = NewOrder();
        order.MarkPaid("FT7", 610_000, "bank", Placed);
        var part = order.SubOrders[0];
        part.StartProcessing("htx", Placed.AddHours(1));
        var line = part.Lines[0];
        Assert.Throws<DomainException>(() => part.Ship("GHN", "1", "htx", Placed.AddHours(2),
            new Dictionary<int, IReadOnlyList<OrderLineLot>> { [line.Id] = [new OrderLineLot(1, "L1", 2)] }));
        Assert.Equal(SubOrderStatus.Processing, part.Status);
        Assert.Empty(line.Lots);
        part.Ship("GHN", "1", "htx", Placed.AddHours(2), new Dictionary<int, IReadOnlyList<OrderLineLot>> { [line.Id] = [new OrderLineLot(1, "L1", 1)] });
        Assert.Equal("L1", Assert.Single(line.Lots).LotCode);
        Assert.False(order.CompleteIfSettled("system", Placed.AddHours(3)));
    }
}
