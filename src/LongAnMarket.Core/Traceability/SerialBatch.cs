using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>A request to issue N serials for a lot, filled in the background with its progress saved as it goes.</summary>
public sealed class SerialBatch
{
    public const int MaxCount = 100_000;
    private SerialBatch() { }

    public SerialBatch(int lotId, int requested, string actor, DateTimeOffset now)
    {
        if (requested is < 1 or > MaxCount) throw new DomainException($"Số tem phải từ 1 đến {MaxCount:N0}.");
        LotId = lotId;
        Requested = requested;
        Actor = actor;
        CreatedAtUtc = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int LotId { get; private set; }
    public int Requested { get; private set; }
    public int Issued { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }
    /// <summary>An instance issuing this batch holds it until then; another instance takes over a lapsed lease.</summary>
    public DateTime? LeaseUntilUtc { get; private set; }

    public bool IsComplete => CompletedAtUtc is not null;
    public int PercentDone => Requested == 0 ? 100 : (int)(Issued * 100L / Requested);

    public void Progress(int issuedSoFar) => Issued = Math.Min(issuedSoFar, Requested);

    public void Complete(DateTimeOffset at) => CompletedAtUtc = at.UtcDateTime;
}
