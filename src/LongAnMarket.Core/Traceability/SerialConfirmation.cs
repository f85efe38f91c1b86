namespace LongAnMarket.Core.Traceability;

/// <summary>
/// A person saying "I just bought this" about one sticker. A client (the day's hash of its address) confirms a sticker
/// at most once, so later confirmations count different people.
/// </summary>
public sealed class SerialConfirmation
{
    private SerialConfirmation() { }

    public SerialConfirmation(long serialId, string clientHash, bool isFirst, DateTime confirmedAtUtc)
    {
        SerialId = serialId;
        ClientHash = clientHash;
        IsFirst = isFirst;
        ConfirmedAtUtc = confirmedAtUtc;
    }

    public long Id { get; private set; }
    public long SerialId { get; private set; }
    public string ClientHash { get; private set; } = "";
    /// <summary>The confirmation that claimed the sticker (stickers confirmed before these rows existed have none).</summary>
    public bool IsFirst { get; private set; }
    public DateTime ConfirmedAtUtc { get; private set; }
}
