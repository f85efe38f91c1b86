using LongAnMarket.Core.Ordering;
using LongAnMarket.Web.Localization;

namespace LongAnMarket.Web.Ordering;

public static class OrderStatusLabels
{
    public static string Of(OrderStatus status, UiText text) => status switch
    {
        OrderStatus.PendingPayment => text["Chờ thanh toán"],
        OrderStatus.Paid => text["Đã thanh toán"],
        OrderStatus.PaidNeedsReview => text["Đã nhận tiền, chờ kiểm tra"],
        OrderStatus.Completed => text["Hoàn tất"],
        OrderStatus.Cancelled => text["Đã huỷ"],
        OrderStatus.Expired => text["Hết hạn thanh toán"],
        OrderStatus.Refunded => text["Đã hoàn tiền"],
        _ => status.ToString(),
    };

    public static string Of(SubOrderStatus status, UiText text) => status switch
    {
        SubOrderStatus.AwaitingPayment => text["Chờ thanh toán"],
        SubOrderStatus.Paid => text["Đã thanh toán"],
        SubOrderStatus.Processing => text["Đang chuẩn bị hàng"],
        SubOrderStatus.Shipped => text["Đang giao"],
        SubOrderStatus.Delivered => text["Đã giao"],
        SubOrderStatus.Cancelled => text["Đã huỷ"],
        SubOrderStatus.Refunded => text["Đã hoàn tiền"],
        _ => status.ToString(),
    };

    public static string Method(PaymentMethod method, UiText text) =>
        method == PaymentMethod.Stripe ? text["Thẻ (Stripe)"] : text["Chuyển khoản VietQR"];

    public static string Badge(OrderStatus status) => status switch
    {
        OrderStatus.Paid or OrderStatus.Completed => "badge--ok",
        OrderStatus.PaidNeedsReview => "badge--warning",
        OrderStatus.Cancelled or OrderStatus.Expired or OrderStatus.Refunded => "badge--muted",
        _ => "badge--info",
    };

    /// <summary>A part's state in a hue of its own (awaiting amber, paid green, on its way blue, closed grey), never colour alone.</summary>
    public static string Badge(SubOrderStatus status) => status switch
    {
        SubOrderStatus.AwaitingPayment => "badge--info",
        SubOrderStatus.Paid or SubOrderStatus.Delivered => "badge--ok",
        SubOrderStatus.Processing or SubOrderStatus.Shipped => "badge--progress",
        _ => "badge--muted",
    };
}
