using System.Globalization;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// The indexes reading the search outbox and how far each has come, and the trimming of rows every one of them is past.
/// </summary>
public sealed class SearchOutboxReaders(MarketDbContext db, SharedValues shared, InstanceIdentity instance, TimeProvider clock,
    ILogger<SearchOutboxReaders> logger)
{
    public sealed record Standing(string Reader, string Instance, long Position, int Behind, TimeSpan Lag, DateTime SeenAtUtc);

    public async Task<long?> PositionAsync(string reader, CancellationToken ct) =>
        await db.Set<SearchIndexReader>().Where(r => r.Reader == reader).Select(r => (long?)r.Position).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Records that <paramref name="reader"/> moved from <paramref name="from"/> to <paramref name="to"/>. With
    /// <paramref name="onlyFrom"/> (a shared index) it moves only if nobody else moved it meanwhile (a rebuild sets it
    /// back); returns false then.
    /// </summary>
    public async Task<bool> MoveAsync(string reader, long from, long to, bool onlyFrom, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var me = instance.Name;
        var rows = db.Set<SearchIndexReader>().Where(r => r.Reader == reader);
        if (onlyFrom) rows = rows.Where(r => r.Position == from);
        var moved = await rows.ExecuteUpdateAsync(r => r.SetProperty(x => x.Position, to).SetProperty(x => x.SeenAtUtc, now)
            .SetProperty(x => x.Instance, me), ct);
        if (moved == 1) return true;
        if (await db.Set<SearchIndexReader>().AnyAsync(r => r.Reader == reader, ct)) return false;
        await SetAsync(reader, to, ct);
        return true;
    }

    /// <summary>Sets a reader's position whatever it was (after a rebuild), registering the reader if new.</summary>
    public async Task SetAsync(string reader, long position, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var me = instance.Name;
        if (await db.Set<SearchIndexReader>().Where(r => r.Reader == reader)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.Position, position).SetProperty(x => x.SeenAtUtc, now).SetProperty(x => x.Instance, me), ct) == 1)
            return;
        if (await db.InsertIfAbsentAsync("SearchIndexReaders", ["Reader", "Instance", "Position", "SeenAtUtc"], [reader, me, position, now], ct) == 0)
            await db.Set<SearchIndexReader>().Where(r => r.Reader == reader).ExecuteUpdateAsync(r => r.SetProperty(x => x.Position, position), ct);
    }

    /// <summary>Records a reader at <paramref name="position"/> unless it is recorded already (its own position then holds).</summary>
    public async Task RegisterAsync(string reader, long position, CancellationToken ct) =>
        await db.InsertIfAbsentAsync("SearchIndexReaders", ["Reader", "Instance", "Position", "SeenAtUtc"],
            [reader, instance.Name, position, clock.GetUtcNow().UtcDateTime], ct);

    /// <summary>The outbox row through which rows have been deleted: an index behind it has missed changes for good.</summary>
    public async Task<long> TrimmedThroughAsync(CancellationToken ct) =>
        await shared.FindAsync(SharedValue.OutboxTrimmedThrough, ct) is { } text && long.TryParse(text, CultureInfo.InvariantCulture, out var row) ? row : 0;

    /// <summary>
    /// Forgets readers silent for <paramref name="expiry"/>, then deletes the rows every remaining reader is past.
    /// Returns how many rows were deleted.
    /// </summary>
    public async Task<int> TrimAsync(TimeSpan expiry, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - expiry;
        foreach (var silent in await db.Set<SearchIndexReader>().AsNoTracking().Where(r => r.SeenAtUtc < cutoff).ToListAsync(ct))
        {
            logger.LogWarning("Search index {Reader} (instance {Instance}) has been silent since {Seen:u}: the outbox no longer waits for it; " +
                "it rebuilds if it returns behind", silent.Reader, silent.Instance, silent.SeenAtUtc);
            await db.Set<SearchIndexReader>().Where(r => r.Reader == silent.Reader && r.SeenAtUtc < cutoff).ExecuteDeleteAsync(ct);
        }
        if (await db.Set<SearchIndexReader>().MinAsync(r => (long?)r.Position, ct) is not { } lowest) return 0;
        // The newest row always stays: the outbox's highest ID is the watermark a rebuild starts from.
        var through = Math.Min(lowest, await SearchIndexer.WatermarkAsync(db, ct) - 1);
        var trimmed = await TrimmedThroughAsync(ct);
        if (through <= trimmed) return 0;
        // The mark moves first: a reader that checks it in between rebuilds needlessly at worst, never misses a row.
        await shared.SetAsync(SharedValue.OutboxTrimmedThrough, through.ToString(CultureInfo.InvariantCulture), ct);
        return await db.Set<SearchIndexChange>().Where(c => c.Id <= through).ExecuteDeleteAsync(ct);
    }

    /// <summary>Every reader with how far behind it is, for /health/details.</summary>
    public async Task<IReadOnlyList<Standing>> AllAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var readers = await db.Set<SearchIndexReader>().AsNoTracking().OrderBy(r => r.Instance).ThenBy(r => r.Reader).ToListAsync(ct);
        var standings = new List<Standing>();
        foreach (var reader in readers)
        {
            var position = reader.Position;
            var waiting = db.Set<SearchIndexChange>().Where(c => c.Id > position);
            var oldest = await waiting.MinAsync(c => (DateTime?)c.EnqueuedAtUtc, ct);
            standings.Add(new Standing(reader.Reader, reader.Instance, position, await waiting.CountAsync(ct),
                oldest is { } at && now > at ? now - at : TimeSpan.Zero, reader.SeenAtUtc));
        }
        return standings;
    }
}
