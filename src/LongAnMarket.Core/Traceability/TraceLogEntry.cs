using System.Globalization;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// One statement of the platform-wide head log: "after this append, lot L has N records and its chain ends at link H".
/// Entries are numbered without gaps and each hashes the one before it, so a statement cannot be removed or changed
/// without every later entry (and the time-stamps over them) showing it. The anchor columns are a proof added when the
/// entry's batch is time-stamped; they are checked, never trusted.
/// </summary>
public sealed class TraceLogEntry
{
    public const string Version = "longan-trace-log/1";
    public static readonly string Genesis = TraceChain.Sha256Hex($"{Version}\ngenesis");

    private TraceLogEntry() { }

    public TraceLogEntry(Lot lot, long sequence, string previousHash, DateTimeOffset now, ITraceSigner signer)
    {
        Lot = lot;
        LotId = lot.Id;
        LotUri = lot.DigitalLink.CanonicalUri;
        RecordCount = lot.Events.Count;
        HeadLink = lot.HeadLink ?? throw new InvalidOperationException("Seal the lot's record before stating its head.");
        Stamp(sequence, previousHash, now, signer);
    }

    public long Id { get; private set; }
    public long Sequence { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public int LotId { get; private set; }
    public Lot? Lot { get; private set; }
    public string LotUri { get; private set; } = "";
    public int RecordCount { get; private set; }
    public string HeadLink { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }
    public string KeyId { get; private set; } = "";
    public string Signature { get; private set; } = "";
    public string EntryHash { get; private set; } = "";

    public long? AnchorId { get; private set; }
    /// <summary>The entry's leaf index in its anchor's Merkle tree.</summary>
    public int? AnchorIndex { get; private set; }
    /// <summary>The Merkle audit path from the entry to its anchor's root: sibling hashes, lowercase hex, comma-separated.</summary>
    public string? AnchorPath { get; private set; }

    public bool IsAnchored => AnchorId is not null;

    /// <summary>Numbers the statement and signs it; done again when another instance appended first.</summary>
    public void Stamp(long sequence, string previousHash, DateTimeOffset now, ITraceSigner signer)
    {
        if (Id != 0) throw new InvalidOperationException("A saved log entry never changes.");
        Sequence = sequence;
        PreviousHash = previousHash;
        RecordedAtUtc = Truncated(now.UtcDateTime);
        KeyId = signer.KeyId;
        EntryHash = TraceChain.Sha256Hex(Text());
        Signature = signer.Sign(EntryHash);
    }

    public void Prove(long anchorId, int index, IEnumerable<string> path)
    {
        AnchorId = anchorId;
        AnchorIndex = index;
        AnchorPath = string.Join(',', path);
    }

    public IReadOnlyList<string> Path() => string.IsNullOrEmpty(AnchorPath) ? [] : AnchorPath.Split(',');

    /// <summary>What is hashed and signed: every field but the database ids and the anchoring proof.</summary>
    public string Text() => Text(Sequence, PreviousHash, LotUri, RecordCount, HeadLink, RecordedAtUtc, KeyId);

    public static string Text(long sequence, string previousHash, string lotUri, int recordCount, string headLink, DateTime recordedAtUtc, string keyId) =>
        string.Join('\n', Version, sequence.ToString(CultureInfo.InvariantCulture), previousHash, lotUri,
            recordCount.ToString(CultureInfo.InvariantCulture), headLink, Time(recordedAtUtc), keyId);

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Null when the entry's hash follows from its fields and its signature verifies with the key it names.</summary>
    public string? Problem(ITraceKeys keys)
    {
        if (TraceChain.Sha256Hex(Text()) != EntryHash) return $"log entry {Sequence} differs from its hash";
        if (keys.Find(KeyId) is not { } key) return $"log entry {Sequence} is signed with an unknown key ({KeyId})";
        return key.Verify(EntryHash, Signature) ? null : $"log entry {Sequence}'s signature does not verify";
    }

    private static DateTime Truncated(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
}
