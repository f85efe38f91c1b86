using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Payments;

/// <summary>
/// One payOS payment link opened for an order. payOS names a payment by a number of its own (<see cref="PayOsCode"/>),
/// unique within a merchant account, so each attempt gets a fresh one and this row maps it back to the order.
/// </summary>
public sealed class PayOsLink
{
    /// <summary>payOS's largest order code: 2^53 − 1, the largest integer JavaScript holds exactly.</summary>
    public const long MaxCode = 9_007_199_254_740_991;

    private PayOsLink() { }

    public PayOsLink(string account, long payOsCode, int orderId, long amountDong, string description, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        if (payOsCode is <= 0 or > MaxCode) throw new DomainException("Mã thanh toán payOS phải là số dương không quá 2^53 − 1.");
        if (amountDong <= 0) throw new DomainException("Số tiền thanh toán phải lớn hơn 0.");
        Account = account;
        PayOsCode = payOsCode;
        OrderId = orderId;
        AmountDong = amountDong;
        Description = description;
        CreatedAtUtc = createdAt.UtcDateTime;
        ExpiresAtUtc = expiresAt.UtcDateTime;
    }

    public int Id { get; private set; }
    /// <summary>The merchant account the link belongs to (<c>marketplace</c> for the marketplace's own).</summary>
    public string Account { get; private set; } = "";
    public long PayOsCode { get; private set; }
    public int OrderId { get; private set; }
    public long AmountDong { get; private set; }
    public string Description { get; private set; } = "";
    public string? PaymentLinkId { get; private set; }
    public string? CheckoutUrl { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    /// <summary>When reconciliation last found everything payOS reported for this link already received.</summary>
    public DateTime? SettledAtUtc { get; private set; }

    public void Opened(string paymentLinkId, string checkoutUrl)
    {
        PaymentLinkId = paymentLinkId;
        CheckoutUrl = checkoutUrl;
    }

    public bool IsOpenAt(DateTimeOffset now) => CheckoutUrl is not null && SettledAtUtc is null && ExpiresAtUtc > now.UtcDateTime;

    public void Settled(DateTimeOffset at) => SettledAtUtc = at.UtcDateTime;
}
