namespace LongAnMarket.Core.Traceability;

/// <summary>
/// One batch of consecutive head-log entries, fixed in time outside the platform: an RFC 3161 time-stamp token from a
/// Time-Stamping Authority over the batch's Merkle root.
/// </summary>
public sealed class TraceAnchor
{
    private TraceAnchor() { }

    public TraceAnchor(long firstSequence, long lastSequence, string root, byte[] token, string authority, DateTimeOffset stampedAt, DateTimeOffset now)
    {
        if (lastSequence < firstSequence) throw new ArgumentException("An anchor covers at least one entry.", nameof(lastSequence));
        FirstSequence = firstSequence;
        LastSequence = lastSequence;
        Root = root;
        Token = token;
        Authority = authority.Length > 200 ? authority[..200] : authority;
        StampedAtUtc = stampedAt.UtcDateTime;
        CreatedAtUtc = now.UtcDateTime;
    }

    public long Id { get; private set; }
    public long FirstSequence { get; private set; }
    public long LastSequence { get; private set; }
    /// <summary>The Merkle root (lowercase hex) the token's message imprint must equal.</summary>
    public string Root { get; private set; } = "";
    /// <summary>The DER-encoded TimeStampToken (a CMS SignedData).</summary>
    public byte[] Token { get; private set; } = [];
    /// <summary>The TSA's name, as its certificate gives it (shown, not trusted: the token is checked each time).</summary>
    public string Authority { get; private set; } = "";
    /// <summary>The token's genTime, as read when it was received.</summary>
    public DateTime StampedAtUtc { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public long Size => LastSequence - FirstSequence + 1;
}

/// <summary>An anchor as checked now: its token against the configured TSA certificates and its root (Problem null when it holds).</summary>
public sealed record CheckedAnchor(long Id, long FirstSequence, long LastSequence, string Root, string? Authority, DateTimeOffset? StampedAt, string? Problem)
{
    public long Size => LastSequence - FirstSequence + 1;
}

/// <summary>A time-stamp token as checked: who stamped it and when, or why it does not count.</summary>
public sealed record StampCheck(string? Authority, DateTimeOffset? At, string? Problem)
{
    public static StampCheck Refused(string problem) => new(null, null, problem);
}
