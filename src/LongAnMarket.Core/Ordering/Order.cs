using System.Security.Cryptography;
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

    private Order() { }

    public Order(string code, IEnumerable<SubOrder> subOrders, DateTimeOffset placedAt, DateTimeOffset payBy,
        Buyer? buyer = null, PaymentMethod method = PaymentMethod.VietQr, string? userId = null, Guid? checkoutToken = null,
        OrderHolder? holder = null)
    {
        if (!OrderCode.IsValid(code)) throw new DomainException("Mã đơn hàng không hợp lệ.");
        _subOrders.AddRange(subOrders);
        if (_subOrders.Count == 0) throw new DomainException("Đơn hàng cần ít nhất một sản phẩm.");
        if (_subOrders.Select(s => s.ProducerId).Distinct().Count() != _subOrders.Count)
            throw new DomainException("Mỗi nhà sản xuất chỉ có một phần đơn trong một đơn hàng.");
        if (payBy <= placedAt) throw new DomainException("Hạn thanh toán phải sau lúc đặt hàng.");
        Code = code;
        PlacedAtUtc = placedAt.UtcDateTime;
        PayByUtc = payBy.UtcDateTime;
        Buyer = buyer ?? Buyer.Anonymised;
        PaymentMethod = method;
        UserId = userId;
        CheckoutToken = checkoutToken ?? Guid.NewGuid();
        HolderKey = holder?.Key;
        ClientHash = holder?.ClientHash;
        AccessKey = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        TotalDong = _subOrders.Sum(s => s.TotalDong);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    /// <summary>The secret in a guest's order link: the code alone is printed on bank statements, so it must not open the order.</summary>
    public string AccessKey { get; private set; } = "";
    /// <summary>The checkout form's one-time token: a double-submitted form finds this order instead of placing another.</summary>
    public Guid CheckoutToken { get; private set; }
    public string? UserId { get; private set; }
    /// <summary>Whose cart placed it (the account, or a hash of the guest's cart token): caps unpaid orders per client.</summary>
    public string? HolderKey { get; private set; }
    /// <summary>The placing client's address as a day-salted hash: a looser cap per address.</summary>
    public string? ClientHash { get; private set; }
    public Buyer Buyer { get; private set; } = Buyer.Anonymised;
    public PaymentMethod PaymentMethod { get; private set; }
    /// <summary>The order holds an alcoholic drink and the buyer confirmed, at checkout, being 18 or older.</summary>
    public bool BuyerConfirmedAdult { get; private set; }
    public DateTime PlacedAtUtc { get; private set; }
    public DateTime PayByUtc { get; private set; }
    public long TotalDong { get; private set; }
    public OrderStatus Status { get; private set; } = OrderStatus.PendingPayment;
    public string? PaymentReference { get; private set; }
    public long? PaidAmountDong { get; private set; }
    /// <summary>Bumped by every move; two instances racing on one order cannot both commit.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<SubOrder> SubOrders => _subOrders;
    public IReadOnlyList<StatusChange<OrderStatus>> History => _history;

    public void RecordAdultConfirmation() => BuyerConfirmedAdult = true;

    /// <summary>The business the buyer asked invoices for, if any.</summary>
    public InvoiceRequest? InvoiceRequest { get; private set; }

    /// <summary>The buyer asks for invoices: each part learns what its seller can issue (by producer ID).</summary>
    public void RequestInvoice(InvoiceRequest request, IReadOnlyDictionary<int, InvoiceKind> kinds)
    {
        InvoiceRequest = request;
        foreach (var part in SubOrders) part.AwaitInvoice(kinds.GetValueOrDefault(part.ProducerId, InvoiceKind.Vat));
    }

    public DateTimeOffset PlacedAt => VietnamTime.FromUtc(PlacedAtUtc);
    public DateTimeOffset PayBy => VietnamTime.FromUtc(PayByUtc);
    /// <summary>Whether its stock is held for it: unpaid and not yet released, or paid and not returned.</summary>
    public bool HoldsStock => Status is OrderStatus.PendingPayment || Status is OrderStatus.PaidNeedsReview && _subOrders.All(s => s.Status == SubOrderStatus.AwaitingPayment);

    /// <summary>
    /// Records the payment. The right amount on time makes the order paid; a wrong amount, or money after expiry or
    /// cancellation, makes it paid-needs-review, never refused. False when this same payment was already recorded (a
    /// repeated webhook or bank notice); a second, different payment throws, for the caller to keep for review.
    /// </summary>
    public bool MarkPaid(string reference, long amountDong, string actor, DateTimeOffset at, PaymentMethod? via = null)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw new DomainException("Thiếu mã giao dịch thanh toán.");
        reference = reference.Trim();
        if (PaymentReference == reference) return false;
        if (PaymentReference is not null) throw new DomainException($"Đơn {Code} đã ghi nhận giao dịch {PaymentReference}; giao dịch {reference} cần kiểm tra.");
        if (Status is not (OrderStatus.PendingPayment or OrderStatus.Expired or OrderStatus.Cancelled))
            throw new DomainException($"Đơn {Code} đang ở trạng thái {Status}, không thể ghi nhận thanh toán.");
        var exact = amountDong == TotalDong;
        var to = Status == OrderStatus.PendingPayment && exact ? OrderStatus.Paid : OrderStatus.PaidNeedsReview;
        if (to == OrderStatus.Paid && _subOrders.Any(s => s.Status != SubOrderStatus.AwaitingPayment))
            throw new DomainException($"Đơn {Code} có phần đơn không còn chờ thanh toán; khoản tiền cần kiểm tra.");
        Move(to, actor, at, exact ? reference : $"{reference}: nhận {amountDong:N0} ₫, đơn {TotalDong:N0} ₫");
        PaymentReference = reference;
        PaidAmountDong = amountDong;
        if (via is { } method) PaymentMethod = method;
        if (to == OrderStatus.Paid) foreach (var sub in _subOrders) sub.MarkPaid(actor, at);
        return true;
    }

    /// <summary>An admin accepts money held for review while the order's stock is still held (e.g. a transfer a few đồng off).</summary>
    public void AcceptReviewedPayment(string actor, DateTimeOffset at, string note)
    {
        if (!HoldsStock || Status != OrderStatus.PaidNeedsReview)
            throw new DomainException($"Đơn {Code} không còn giữ hàng; chỉ có thể hoàn tiền.");
        Move(OrderStatus.Paid, actor, at, Reason(note));
        foreach (var sub in _subOrders) sub.MarkPaid(actor, at);
    }

    /// <summary>Money held for review went back to the payer (its bank reference or the card refund's ID).</summary>
    public void RefundReviewedPayment(string actor, DateTimeOffset at, string reference)
    {
        Move(OrderStatus.Refunded, actor, at, Reason(reference), OrderStatus.PaidNeedsReview);
        foreach (var sub in _subOrders.Where(s => s.Status == SubOrderStatus.AwaitingPayment)) sub.Void(actor, at, "hoàn tiền");
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
        var why = Reason(reason);
        Move(OrderStatus.Cancelled, actor, at, why, OrderStatus.PendingPayment);
        foreach (var sub in _subOrders) sub.Void(actor, at, why);
    }

    /// <summary>Moves to card payment: the Checkout Session's own expiry becomes the deadline.</summary>
    public void PayByCard(DateTimeOffset sessionExpiresAt)
    {
        if (Status != OrderStatus.PendingPayment) throw new DomainException($"Đơn {Code} không còn chờ thanh toán.");
        // The hold is extended once, to the first Checkout Session's expiry; choosing card again does not extend it.
        if (PaymentMethod != PaymentMethod.Stripe && sessionExpiresAt.UtcDateTime > PayByUtc) PayByUtc = sessionExpiresAt.UtcDateTime;
        PaymentMethod = PaymentMethod.Stripe;
        Version++;
    }

    /// <summary>Paid and every producer's part settled (delivered, cancelled or refunded).</summary>
    public void Complete(string actor, DateTimeOffset at)
    {
        if (_subOrders.Any(s => !s.IsSettled)) throw new DomainException($"Đơn {Code} còn phần đơn chưa giao xong.");
        Move(OrderStatus.Completed, actor, at, null, OrderStatus.Paid);
    }

    /// <summary>After a producer's move: closes the order once nothing more will happen to any part.</summary>
    public bool CompleteIfSettled(string actor, DateTimeOffset at)
    {
        if (Status != OrderStatus.Paid || _subOrders.Any(s => !s.IsSettled)) return false;
        Complete(actor, at);
        return true;
    }

    /// <summary>Law 91/2025/QH15 on personal data: the buyer's personal fields go; the order, its lines and its money stay for the books.</summary>
    public void AnonymiseBuyer()
    {
        Buyer = Buyer.Anonymised;
        UserId = null;
        Version++;
    }

    private void Move(OrderStatus to, string actor, DateTimeOffset at, string? note, params OrderStatus[] allowedFrom)
    {
        if (allowedFrom.Length > 0 && !allowedFrom.Contains(Status))
            throw new DomainException($"Đơn {Code} đang ở trạng thái {Status}, không thể chuyển sang {to}.");
        _history.Add(new StatusChange<OrderStatus>(Status, to, actor, at, note));
        Status = to;
        Version++;
    }

    private static string Reason(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException("Hãy ghi lý do.") : text.Trim();
}

/// <summary>Who placed an order, as the unpaid-order caps count it.</summary>
/// <param name="Key">"user:{id}" for an account, "cart:{hash of the cart token}" for a guest.</param>
/// <param name="ClientHash">The client's address, hashed with a daily salt.</param>
public sealed record OrderHolder(string Key, string? ClientHash);
