using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Payments;

public enum LedgerEntryKind
{
    /// <summary>A paid sub-order's total (goods and shipping): owed to the producer.</summary>
    Sale,
    /// <summary>The marketplace's commission on a sale's goods: taken off what is owed.</summary>
    Commission,
    /// <summary>Money returned to the shopper for a sub-order: off what is owed.</summary>
    Refund,
    /// <summary>Commission given back when its sale is refunded.</summary>
    CommissionReversal,
    /// <summary>Money the marketplace paid out to the producer, with the bank reference.</summary>
    Payout,
}

/// <summary>
/// One line of a producer's account with the marketplace. All money lands in the marketplace's account, so what the
/// marketplace owes a producer is the sum of its entries: sales in, commission, refunds and payouts out.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry() { }

    public LedgerEntry(int producerId, LedgerEntryKind kind, long amountDong, int? subOrderId, string reference, string actor, DateTimeOffset at)
    {
        var signedRight = kind is LedgerEntryKind.Sale or LedgerEntryKind.CommissionReversal ? amountDong >= 0 : amountDong <= 0;
        if (!signedRight) throw new DomainException($"Bút toán {kind} có dấu sai: {amountDong}.");
        Reference = (reference ?? "").Trim();
        if (Reference.Length is 0 or > 100) throw new DomainException("Hãy ghi mã tham chiếu (tối đa 100 ký tự).");
        ProducerId = producerId;
        Kind = kind;
        AmountDong = amountDong;
        SubOrderId = subOrderId;
        Actor = actor;
        AtUtc = at.UtcDateTime;
    }

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    public LedgerEntryKind Kind { get; private set; }
    /// <summary>Signed, in whole đồng: positive is owed to the producer.</summary>
    public long AmountDong { get; private set; }
    public int? SubOrderId { get; private set; }
    public string Reference { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    /// <summary>Commission on goods, rounded half up to the đồng; shipping is passed through untouched.</summary>
    public static long CommissionOn(long goodsDong, decimal ratePercent) =>
        (long)Math.Round(goodsDong * ratePercent / 100m, MidpointRounding.AwayFromZero);
}
