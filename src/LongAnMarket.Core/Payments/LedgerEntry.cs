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
    /// <summary>VAT the marketplace withholds and pays for a household seller on a sale's goods (Decree 117/2025).</summary>
    VatWithheld,
    /// <summary>Personal income tax withheld likewise.</summary>
    PitWithheld,
    /// <summary>Withheld VAT given back when goods are refunded.</summary>
    VatWithheldReversal,
    /// <summary>Withheld personal income tax given back when goods are refunded.</summary>
    PitWithheldReversal,
}

/// <summary>
/// One line of a producer's account with the marketplace. All money lands in the marketplace's account, so what the
/// marketplace owes a producer is the sum of its entries: sales in, commission, refunds and payouts out.
/// </summary>
public sealed class LedgerEntry
{
    private LedgerEntry() { }

    public LedgerEntry(int producerId, LedgerEntryKind kind, long amountDong, int? subOrderId, string reference, string actor, DateTimeOffset at,
        long? taxBaseDong = null)
    {
        var signedRight = kind is LedgerEntryKind.Sale or LedgerEntryKind.CommissionReversal or LedgerEntryKind.VatWithheldReversal
            or LedgerEntryKind.PitWithheldReversal ? amountDong >= 0 : amountDong <= 0;
        if (!signedRight) throw new DomainException($"Bút toán {kind} có dấu sai: {amountDong}.");
        Reference = (reference ?? "").Trim();
        if (Reference.Length is 0 or > 100) throw new DomainException("Hãy ghi mã tham chiếu (tối đa 100 ký tự).");
        ProducerId = producerId;
        Kind = kind;
        AmountDong = amountDong;
        SubOrderId = subOrderId;
        Actor = actor;
        AtUtc = at.UtcDateTime;
        if (IsWithholding(kind) != taxBaseDong.HasValue || taxBaseDong < 0) throw new DomainException($"Chỉ bút toán thuế có doanh thu tính thuế, và doanh thu đó không âm ({kind}).");
        TaxBaseDong = taxBaseDong;
    }

    public static bool IsWithholding(LedgerEntryKind kind) =>
        kind is LedgerEntryKind.VatWithheld or LedgerEntryKind.PitWithheld or LedgerEntryKind.VatWithheldReversal or LedgerEntryKind.PitWithheldReversal;

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    public LedgerEntryKind Kind { get; private set; }
    /// <summary>Signed, in whole đồng: positive is owed to the producer.</summary>
    public long AmountDong { get; private set; }
    public int? SubOrderId { get; private set; }
    public string Reference { get; private set; } = "";
    public string Actor { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
    /// <summary>For a withholding: the goods it was computed on (sold, or refunded for a reversal); what the monthly declaration reports.</summary>
    public long? TaxBaseDong { get; private set; }

    /// <summary>Commission (or a tax withheld) on goods, rounded half up to the đồng; shipping is passed through untouched.</summary>
    public static long CommissionOn(long goodsDong, decimal ratePercent) =>
        (long)Math.Round(goodsDong * ratePercent / 100m, MidpointRounding.AwayFromZero);

    /// <summary>The share of <paramref name="wholeDong"/> that <paramref name="partDong"/> of <paramref name="ofDong"/> carries, rounded half up.</summary>
    public static long ProRata(long wholeDong, long partDong, long ofDong) =>
        ofDong <= 0 ? 0 : (long)Math.Round((decimal)wholeDong * partDong / ofDong, MidpointRounding.AwayFromZero);
}
