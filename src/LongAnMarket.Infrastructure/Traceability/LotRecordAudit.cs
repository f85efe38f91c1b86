using System.Security.Cryptography;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Gathers what <see cref="LotAudit"/> needs for one lot, from the database and outside it: the lot's statements in the
/// head log and the entries that chain over them, the anchors they name (tokens checked against the configured TSA),
/// the witness file, and every attachment's bytes hashed again.
/// </summary>
public sealed class LotRecordAudit(MarketDbContext db, TraceKeyRing keys, TimestampTokens tokens, TraceWitness witness,
    IFileStore media, IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    public TimeSpan AnchorWindow => TimeSpan.FromMinutes(2 * options.Value.AnchorMinutes);

    /// <param name="lot">Loaded with its events, their inputs and attachments.</param>
    /// <summary>
    /// Loads the lot (through <paramref name="load"/>, which includes its events with their inputs and attachments), reads its
    /// log and verifies both. The record and the log are separate reads: an append committed between them looks like a
    /// record ahead of its statement, so an altered verdict is read and checked once more before it is given.
    /// </summary>
    public async Task<AuditedLot?> LoadAndVerifyAsync(Func<CancellationToken, Task<Lot?>> load, CancellationToken ct)
    {
        await keys.LoadAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            if (await load(ct) is not { } lot) return null;
            var log = await LogOfAsync(lot.Id, ct);
            var verification = LotAudit.Verify(lot, keys, log, await ChangedAttachmentsAsync(lot, ct), clock.GetUtcNow(), AnchorWindow);
            if (verification.IsIntact || attempt == 2) return new AuditedLot(lot, log, verification);
        }
    }

    private async Task<LotLog> LogOfAsync(int lotId, CancellationToken ct)
    {
        var statements = await db.TraceLog.AsNoTracking().Where(e => e.LotId == lotId).OrderBy(e => e.Sequence).ToListAsync(ct);
        var latest = statements.Count > 0 ? statements[^1].Sequence : 0;
        var following = statements.Select(s => s.Sequence + 1).ToList();
        var successors = await db.TraceLog.AsNoTracking().Where(e => following.Contains(e.Sequence)).ToDictionaryAsync(e => e.Sequence, ct);
        // One row at most, read whole: a row limit without an order would be logged as a warning on every page view.
        var after = (await db.TraceLog.Where(e => e.Sequence > latest)
            .GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Tail = (long?)g.Max(e => e.Sequence) }).ToListAsync(ct)).FirstOrDefault();
        var anchorIds = statements.Where(s => s.AnchorId is not null).Select(s => s.AnchorId!.Value).Distinct().ToList();
        var anchors = await db.TraceAnchors.AsNoTracking().Where(a => anchorIds.Contains(a.Id)).ToListAsync(ct);
        return new LotLog(statements, successors, after?.Tail ?? latest, after?.Count ?? 0,
            anchors.ToDictionary(a => a.Id, Check), anchors.ToDictionary(a => a.Id), await WitnessProblemAsync(ct));
    }

    private CheckedAnchor Check(TraceAnchor anchor)
    {
        byte[] root;
        try { root = Convert.FromHexString(anchor.Root); }
        catch (FormatException) { return new CheckedAnchor(anchor.Id, anchor.FirstSequence, anchor.LastSequence, anchor.Root, null, null, "its root is not a hash"); }
        var stamp = tokens.Check(anchor.Token, root);
        return new CheckedAnchor(anchor.Id, anchor.FirstSequence, anchor.LastSequence, anchor.Root, stamp.Authority, stamp.At, stamp.Problem);
    }

    /// <summary>Null while the log still holds the head last written to the witness file.</summary>
    private async Task<string?> WitnessProblemAsync(CancellationToken ct)
    {
        WitnessHead? head;
        try { head = witness.Read(); }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException) { return ex.Message; }
        if (head is null) return null;
        var held = await db.TraceLog.AsNoTracking().Where(e => e.Sequence == head.Sequence).Select(e => e.EntryHash).FirstOrDefaultAsync(ct);
        return held == head.EntryHash ? null
            : $"the log no longer holds entry {head.Sequence} as it was time-stamped at {head.StampedAt:u} (witness {witness.Path})";
    }

    private async Task<IReadOnlySet<TraceAttachment>> ChangedAttachmentsAsync(Lot lot, CancellationToken ct)
    {
        var changed = new HashSet<TraceAttachment>();
        foreach (var attachment in lot.Events.SelectMany(e => e.Attachments))
            if (await HashOfAsync(attachment.Path, ct) != attachment.Sha256) changed.Add(attachment);
        return changed;
    }

    /// <summary>The SHA-256 of the stored file behind a public media path, or null when it is gone.</summary>
    public async Task<string?> HashOfAsync(string mediaPath, CancellationToken ct)
    {
        if (!mediaPath.StartsWith("/media/", StringComparison.Ordinal)) return null;
        await using var stream = await media.OpenReadAsync(mediaPath["/media/".Length..], ct);
        return stream is null ? null : Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}

/// <summary>A lot as read, its head log as read with it, and the verdict on both.</summary>
public sealed record AuditedLot(Lot Lot, LotLog Log, LotVerification Verification);
