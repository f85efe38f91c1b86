namespace LongAnMarket.Core.Traceability;

/// <summary>
/// One anti-counterfeit sticker: a serial under a lot (AI 21). A genuine sticker is checked once by its buyer; a copied
/// one keeps being checked.
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
    public DateTime? FirstCheckedAtUtc { get; private set; }
    /// <summary>Checks after the first one.</summary>
    public int LaterChecks { get; private set; }
}
