using LongAnMarket.Core.Common;
using LongAnMarket.Core.Payments;

namespace LongAnMarket.Core.Ordering;

/// <summary>
/// A shopper's order: one payment for one or more producers' sub-orders. Every move is a rule here and is recorded
/// with who and when; a move that is not allowed throws and changes nothing. Money that arrives is never turned away:
/// after expiry or cancellation the order becomes paid-needs-review.
/// </summary>
public sealed class Order
{
    private readonly List<SubOrder> _subOrders = [];
    private readonly List<StatusChange<OrderStatus>> _history = [];

    public Order(string code, IEnumerable<SubOrder> subOrders, DateTimeOffset placedAt, DateTimeOffset payBy)
    {
        if (!OrderCode.IsValid(code)) throw new DomainException("Mã đơn hàng không hợp lệ.");
        _subOrders.AddRange(subOrders);
        if (_subOrders.Count == 0) throw new DomainException("Đơn hàng cần ít nhất một sản phẩm.");
        if (_subOrders.Select(s => s.ProducerId).Distinct().Count() != _subOrders.Count)
            throw new DomainException("Mỗi nhà sản xuất chỉ có một phần đơn trong một đơn hàng.");
        if (payBy <= placedAt) throw new DomainException("Hạn thanh toán phải sau lúc đặt hàng.");
        Code = code;
        PlacedAt = placedAt;
        PayBy = payBy;
    }

    public string Code { get; }
    public DateTimeOffset PlacedAt { get; }
    public DateTimeOffset PayBy { get; }
    public OrderStatus Status { get; private set; } = OrderStatus.PendingPayment;
    public string? PaymentReference { get; private set; }
    public IReadOnlyList<SubOrder> SubOrders => _subOrders;
    public IReadOnlyList<StatusChange<OrderStatus>> History => _history;
    public long TotalDong => _subOrders.Sum(s => s.TotalDong);

    /// <summary>
    /// Records the payment. The right amount on time makes the order paid; a wrong amount, or money after expiry or
    /// cancellation, makes it paid-needs-review, never refused. False when this same payment was already recorded (a
    /// repeated webhook or bank notice); a second, different payment throws, for the caller to keep for review.
    /// </summary>
    public bool MarkPaid(string reference, long amountDong, string actor, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw new DomainException("Thiếu mã giao dịch thanh toán.");
        if (PaymentReference == reference) return false;
        if (PaymentReference is not null) throw new DomainException($"Đơn {Code} đã ghi nhận giao dịch {PaymentReference}; giao dịch {reference} cần kiểm tra.");
        if (Status is not (OrderStatus.PendingPayment or OrderStatus.Expired or OrderStatus.Cancelled))
            throw new DomainException($"Đơn {Code} đang ở trạng thái {Status}, không thể ghi nhận thanh toán.");
        var exact = amountDong == TotalDong;
        var to = Status == OrderStatus.PendingPayment && exact ? OrderStatus.Paid : OrderStatus.PaidNeedsReview;
        Move(to, actor, at, exact ? reference : $"{reference}: nhận {amountDong:N0} ₫, đơn {TotalDong:N0} ₫");
        PaymentReference = reference;
        if (to == OrderStatus.Paid) foreach (var sub in _subOrders) sub.MarkPaid(actor, at);
        return true;
    }

    /// <summary>Unpaid past its deadline: its stock goes back on sale.</summary>
    public void Expire(DateTimeOffset now)
    {
        if (now < PayBy) throw new DomainException($"Đơn {Code} còn hạn thanh toán đến {PayBy:HH:mm dd/MM}.");
        Move(OrderStatus.Expired, "system", now, null, OrderStatus.PendingPayment);
        foreach (var sub in _subOrders) sub.Void("system", now, "hết hạn thanh toán");
    }

    /// <summary>Cancelled before payment (by the shopper or an admin).</summary>
    public void Cancel(string actor, DateTimeOffset at, string reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Hãy ghi lý do huỷ đơn.");
        Move(OrderStatus.Cancelled, actor, at, reason.Trim(), OrderStatus.PendingPayment);
        foreach (var sub in _subOrders) sub.Void(actor, at, reason.Trim());
    }

    /// <summary>Paid and every producer's part settled (delivered, cancelled or refunded).</summary>
    public void Complete(string actor, DateTimeOffset at)
    {
        if (_subOrders.Any(s => !s.IsSettled)) throw new DomainException($"Đơn {Code} còn phần đơn chưa giao xong.");
        Move(OrderStatus.Completed, actor, at, null, OrderStatus.Paid);
    }

    private void Move(OrderStatus to, string actor, DateTimeOffset at, string? note, params OrderStatus[] allowedFrom)
    {
        if (allowedFrom.Length > 0 && !allowedFrom.Contains(Status))
            throw new DomainException($"Đơn {Code} đang ở trạng thái {Status}, không thể chuyển sang {to}.");
        _history.Add(new StatusChange<OrderStatus>(Status, to, actor, at, note));
        Status = to;
    }
}
