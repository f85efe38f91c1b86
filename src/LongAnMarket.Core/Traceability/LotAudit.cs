namespace LongAnMarket.Core.Traceability;

/// <summary>What the head log says about one lot, as read for an audit.</summary>
/// <param name="Statements">The lot's own entries, in log order.</param>
/// <param name="Successors">The entry right after each of them (keyed by sequence), so each is seen to be chained over.</param>
/// <param name="Tail">The log's last sequence number.</param>
/// <param name="EntriesAfterLatest">How many entries the log holds after the lot's latest one (without gaps: Tail − its sequence).</param>
/// <param name="Anchors">Every anchor a statement names, checked.</param>
/// <param name="AnchorRows">The same anchors as stored (their tokens go into an export).</param>
/// <param name="LogProblem">Set when the log as a whole no longer holds what was anchored (the witness disagrees).</param>
public sealed record LotLog(
    IReadOnlyList<TraceLogEntry> Statements,
    IReadOnlyDictionary<long, TraceLogEntry> Successors,
    long Tail,
    long EntriesAfterLatest,
    IReadOnlyDictionary<long, CheckedAnchor> Anchors,
    IReadOnlyDictionary<long, TraceAnchor> AnchorRows,
    string? LogProblem);

/// <summary>
/// A lot's whole record checked: its chain (<see cref="LotSeal"/>), every attachment's bytes, and the head log, which must
/// state the chain's latest head, chain over every statement, and, past the anchoring window, hold a valid time-stamp for it.
/// </summary>
public static class LotAudit
{
    public static LotVerification Verify(Lot lot, ITraceKeys keys, LotLog log, IReadOnlySet<TraceAttachment> changedAttachments,
        DateTimeOffset now, TimeSpan anchorWindow)
    {
        var chain = LotSeal.Verify(lot, keys);
        var count = lot.Events.Count;
        int? firstAltered = chain.FirstAlteredRecord;
        var problem = chain.Problem;
        void Alter(int at, string why)
        {
            at = Math.Clamp(at, 1, count + 1);
            if (firstAltered is null || at < firstAltered) (firstAltered, problem) = (at, why);
        }

        foreach (var record in lot.Events.OrderBy(e => e.Sequence))
            if (record.Attachments.FirstOrDefault(changedAttachments.Contains) is { } changed)
                Alter(record.Sequence, $"attachment {changed.Path} differs from the file sealed into the record");

        if (log.Statements.Count == 0 && count > 0) Alter(1, "the head log holds no statement of this record");
        var previousCount = 0;
        foreach (var statement in log.Statements)
        {
            var at = statement.RecordCount;
            if (statement.Problem(keys) is { } bad) Alter(at, bad);
            if (statement.LotUri != lot.DigitalLink.CanonicalUri) Alter(at, $"log entry {statement.Sequence} names another lot");
            if (at <= previousCount) Alter(at, $"log entry {statement.Sequence} goes back to {at} records");
            if (at > count) Alter(count + 1, $"the log states {at} records at entry {statement.Sequence}; the record holds {count}");
            else if (chain.Links.Count >= at && chain.Links[at - 1] != statement.HeadLink)
                Alter(at, $"record {at} differs from the head stated at log entry {statement.Sequence}");
            if (statement.Sequence < log.Tail)
            {
                if (!log.Successors.TryGetValue(statement.Sequence + 1, out var next)) Alter(at, $"log entry {statement.Sequence + 1} is missing");
                else if (next.PreviousHash != statement.EntryHash) Alter(at, $"log entry {statement.Sequence + 1} does not chain over entry {statement.Sequence}");
            }
            if (statement.AnchorId is { } anchorId && AnchorProblem(statement, log.Anchors.GetValueOrDefault(anchorId), anchorWindow) is { } unanchored)
                Alter(at, unanchored);
            previousCount = Math.Max(previousCount, at);
        }
        var latest = log.Statements.Count > 0 ? log.Statements[^1] : null;
        if (latest is not null)
        {
            if (latest.RecordCount < count) Alter(latest.RecordCount + 1, $"records after {latest.RecordCount} have no statement in the head log");
            if (log.EntriesAfterLatest != log.Tail - latest.Sequence)
                Alter(latest.RecordCount + 1, $"{log.Tail - latest.Sequence - log.EntriesAfterLatest} log entries after entry {latest.Sequence} are missing");
        }
        if (log.LogProblem is not null) Alter((latest?.RecordCount ?? count) + 1, log.LogProblem);

        if (firstAltered is { } altered) return LotVerification.AlteredAt(altered, problem ?? "altered");
        return chain with { Anchor = AnchorOf(latest, log, now, anchorWindow) };
    }

    private static AnchorState AnchorOf(TraceLogEntry? latest, LotLog log, DateTimeOffset now, TimeSpan window)
    {
        if (latest is null) return AnchorState.Pending;
        if (latest.AnchorId is { } id && log.Anchors.GetValueOrDefault(id) is { Problem: null, StampedAt: { } at } anchor)
            return AnchorState.Stamped(anchor.Authority ?? "", at);
        return now.UtcDateTime - latest.RecordedAtUtc > window ? AnchorState.Missing : AnchorState.Pending;
    }

    /// <summary>Null when the statement's anchor holds: a valid token, a path from the entry to its root, a genTime close to it.</summary>
    public static string? AnchorProblem(TraceLogEntry statement, CheckedAnchor? anchor, TimeSpan window)
    {
        if (anchor is null) return $"log entry {statement.Sequence} names a time-stamp the platform no longer holds";
        if (anchor.Problem is not null) return $"time-stamp {anchor.Id}: {anchor.Problem}";
        if (statement.Sequence < anchor.FirstSequence || statement.Sequence > anchor.LastSequence || statement.AnchorIndex != statement.Sequence - anchor.FirstSequence)
            return $"log entry {statement.Sequence} is not in the batch time-stamp {anchor.Id} covers";
        byte[]? root;
        try { root = MerkleTree.RootFromPath(Convert.FromHexString(statement.EntryHash), statement.AnchorIndex.Value, anchor.Size, statement.Path().Select(Convert.FromHexString).ToList()); }
        catch (FormatException) { root = null; }
        if (root is null || Convert.ToHexStringLower(root) != anchor.Root) return $"log entry {statement.Sequence} does not lead to the time-stamped root";
        return WithinWindow(statement.RecordedAtUtc, anchor.StampedAt, window)
            ? null : $"log entry {statement.Sequence} was time-stamped at {anchor.StampedAt:u}, outside its window";
    }

    /// <summary>A genuine stamp comes after the statement (a minute's clock difference allowed) and within the window.</summary>
    public static bool WithinWindow(DateTime statedAtUtc, DateTimeOffset? stampedAt, TimeSpan window) =>
        stampedAt is { } at && at.UtcDateTime >= statedAtUtc - TimeSpan.FromMinutes(1) && at.UtcDateTime - statedAtUtc <= window;
}
