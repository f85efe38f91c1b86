namespace LongAnMarket.Core.Traceability;

/// <summary>
/// One anti-counterfeit sticker: a serial under a lot (AI 21). A genuine sticker is confirmed once, by the person who
/// bought it; a copied one keeps being confirmed by other people. Looking at its page (a link preview, a crawler, a
/// scan before buying) confirms nothing.
/// </summary>
public sealed class LotSerial
{
    private LotSerial() { }

    public LotSerial(int lotId, int batchId, string value, DateTime issuedAtUtc)
    {
        LotId = lotId;
        BatchId = batchId;
        Value = value;
        IssuedAtUtc = issuedAtUtc;
    }

    public long Id { get; private set; }
    public int LotId { get; private set; }
    public int BatchId { get; private set; }
    public string Value { get; private set; } = "";
    public DateTime IssuedAtUtc { get; private set; }
    public DateTime? FirstConfirmedAtUtc { get; private set; }
    /// <summary>Confirmations after the first, each by a different client.</summary>
    public int LaterConfirmations { get; private set; }
}
