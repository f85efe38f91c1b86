using LongAnMarket.Core.Ordering;
using LongAnMarket.Web.Ordering;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>States a person tells apart at a glance get badges of different hues (the word is always there too).</summary>
public sealed class StatusBadgeTests
{
    [Theory]
    [InlineData(SubOrderStatus.AwaitingPayment, SubOrderStatus.Paid)]
    [InlineData(SubOrderStatus.Paid, SubOrderStatus.Shipped)]
    [InlineData(SubOrderStatus.Shipped, SubOrderStatus.Delivered)]
    [InlineData(SubOrderStatus.Delivered, SubOrderStatus.Refunded)]
    public void Neighbouring_part_states_differ_in_hue(SubOrderStatus one, SubOrderStatus other) =>
        Assert.NotEqual(OrderStatusLabels.Badge(one), OrderStatusLabels.Badge(other));

    [Fact]
    public void Awaiting_payment_and_paid_orders_differ_in_hue() =>
        Assert.NotEqual(OrderStatusLabels.Badge(OrderStatus.PendingPayment), OrderStatusLabels.Badge(OrderStatus.Paid));
}
