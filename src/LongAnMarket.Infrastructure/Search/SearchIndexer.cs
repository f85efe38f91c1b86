using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Keeps this instance's index current from the search outbox. Each index has its own position in the outbox (Lucene:
/// in each commit; Elasticsearch: in the database, moved only by the holder of its lease), and applies every row after
/// it, up to 500 at a time, re-reading each named product from the database, so applying a row twice does no harm. A
/// row whose ID was skipped (its transaction still open) holds the position back for <see cref="GapWait"/>, so a late
/// commit is never missed. While the engine is down rows wait and the indexer backs off (1 s doubling to 1 min). After
/// each batch the catalogue version moves on, so no page keeps data read from the index before the change arrived.
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, ISearchEngine engine, SearchIndexSignal signal, CatalogVersion version,
    IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchIndexer> logger) : BackgroundService
{
    public const int BatchSize = 500;
    public const string IndexingLease = "SearchIndexer";
    public const string TrimmingLease = "SearchOutboxTrim";
    /// <summary>How long a missing outbox ID is waited for before it counts as a rolled-back transaction.</summary>
    public static readonly TimeSpan GapWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LeaseTerm = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StandingCheck = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TrimEvery = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim _applying = new(1, 1);
    private readonly HashSet<long> _appliedBeyond = [];
    private readonly Dictionary<long, DateTime> _gapsSeen = [];
    private long? _position;
    private DateTime _standingCheckedAt = DateTime.MinValue;
    private DateTime _trimmedAt = DateTime.MinValue;
    private DateTime _leaseUntil = DateTime.MinValue;

    /// <summary>Null while changes reach the engine; otherwise why the last attempt failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>The newest outbox row now: a rebuild starting after this reads every change up to it from the database.</summary>
    public static async Task<long> WatermarkAsync(MarketDbContext db, CancellationToken ct) =>
        await db.Set<SearchIndexChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0;

    /// <summary>The outbox row through which this instance's index holds every change (null before a first index).</summary>
    public async Task<long?> PositionAsync(SearchOutboxReaders readers, CancellationToken ct) =>
        engine.KeptPosition ?? (engine.IsShared ? await readers.PositionAsync(engine.Reader, ct) : null);

    /// <summary>How many changes have not reached this instance's index, and how long the oldest has waited.</summary>
    public async Task<(int Behind, TimeSpan Lag)> LagAsync(MarketDbContext db, SearchOutboxReaders readers, CancellationToken ct)
    {
        var position = await PositionAsync(readers, ct) ?? 0;
        long[] applied;
        lock (_appliedBeyond) applied = [.. _appliedBeyond];
        var waiting = db.Set<SearchIndexChange>().Where(c => c.Id > position && !applied.Contains(c.Id));
        var oldest = await waiting.MinAsync(c => (DateTime?)c.EnqueuedAtUtc, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return (await waiting.CountAsync(ct), oldest is { } at && now > at ? now - at : TimeSpan.Zero);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var applied = 0;
                if (!engine.IsShared || await HoldIndexingLeaseAsync(stoppingToken))
                {
                    await CheckStandingAsync(stoppingToken);
                    applied = await ApplyPendingAsync(stoppingToken);
                }
                Problem = null;
                backoff = TimeSpan.FromSeconds(1);
                await TrimAsync(stoppingToken);
                if (applied < BatchSize) await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                Problem = ex.Message;
                _standingCheckedAt = DateTime.MinValue;
                logger.LogWarning(ex, "Search index not updated; retrying in {Backoff}", backoff);
                try { await Task.Delay(backoff, clock, stoppingToken); } catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Applies one batch of the rows after this index's position; returns how many rows it applied.</summary>
    public async Task<int> ApplyPendingAsync(CancellationToken ct)
    {
        await _applying.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
            var readers = scope.ServiceProvider.GetRequiredService<SearchOutboxReaders>();
            var position = await PositionAsync(readers, ct) ?? 0;
            if (position != _position) Forget(position); // first pass, or a rebuild moved it
            var rows = await db.Set<SearchIndexChange>().AsNoTracking().Where(c => c.Id > position).OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, c.ProductId, c.ProducerId }).ToListAsync(ct);
            List<long> alreadyApplied;
            lock (_appliedBeyond) alreadyApplied = [.. _appliedBeyond];
            var fresh = rows.Where(r => !alreadyApplied.Contains(r.Id)).ToList();
            var through = Contiguous(position, rows.Select(r => r.Id));
            if (fresh.Count == 0 && through == position) return 0;

            var changes = fresh.Count == 0
                ? new SearchChanges([], [], through, position, through)
                : await ReadAsync(db, scope.ServiceProvider.GetRequiredService<SearchDocuments>(),
                    fresh.Select(r => r.ProductId).OfType<int>(), fresh.Select(r => r.ProducerId).OfType<int>(), await WatermarkAsync(db, ct), position, through, ct);
            if (!await engine.ApplyAsync(changes, ct))
            {
                Forget(null);
                return 0;
            }
            if (fresh.Count > 0) version.Bump(); // page data cached from the index before this change is retired
            lock (_appliedBeyond)
            {
                _appliedBeyond.UnionWith(fresh.Select(r => r.Id).Where(id => id > through));
                _appliedBeyond.RemoveWhere(id => id <= through);
            }
            if (!await readers.MoveAsync(engine.Reader, position, through, onlyFrom: engine.IsShared, ct)) Forget(null);
            else _position = through;
            return fresh.Count;
        }
        finally { _applying.Release(); }
    }

    /// <summary>Forgets what this process applied beyond the position: the index was rebuilt or moved by another process.</summary>
    internal void Forget(long? position)
    {
        lock (_appliedBeyond) _appliedBeyond.Clear();
        _gapsSeen.Clear();
        _position = position;
    }

    /// <summary>The last row of the gap-free run after <paramref name="position"/>; a gap older than <see cref="GapWait"/> is passed.</summary>
    private long Contiguous(long position, IEnumerable<long> ids)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var through = position;
        foreach (var id in ids)
        {
            if (id != through + 1)
            {
                var gap = through + 1;
                if (!_gapsSeen.TryGetValue(gap, out var seen)) _gapsSeen[gap] = seen = now;
                if (now - seen < GapWait) break;
                _gapsSeen.Remove(gap);
            }
            through = id;
        }
        return through;
    }

    private async Task<SearchChanges> ReadAsync(MarketDbContext db, SearchDocuments documents, IEnumerable<int> productIds, IEnumerable<int> producerIds,
        long watermark, long from, long through, CancellationToken ct)
    {
        var products = productIds.ToHashSet();
        var producers = producerIds.Distinct().ToList();
        if (producers.Count > 0)
            products.UnionWith(await db.Products.AsNoTracking().Where(p => producers.Contains(p.ProducerId)).Select(p => p.Id).ToListAsync(ct));
        var listed = await documents.ForProductsAsync(products, ct);
        products.ExceptWith(listed.Select(d => d.ProductId));
        return new SearchChanges(listed, products, watermark, from, through);
    }

    /// <summary>
    /// Once a minute, and first of all: an index that does not exist yet, or that was silent while the outbox was
    /// trimmed past it, is rebuilt from the database; the index's position is recorded, which is also its sign of life.
    /// </summary>
    private async Task CheckStandingAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _standingCheckedAt < StandingCheck) return;
        await using var scope = scopes.CreateAsyncScope();
        var readers = scope.ServiceProvider.GetRequiredService<SearchOutboxReaders>();
        for (var attempt = 0; ; attempt++)
        {
            var position = await engine.IsEmptyAsync(ct) ? null : await PositionAsync(readers, ct);
            var trimmed = await readers.TrimmedThroughAsync(ct);
            if (position is { } current && current >= trimmed)
            {
                await readers.MoveAsync(engine.Reader, current, current, onlyFrom: engine.IsShared, ct);
                // A trim between reading the mark and recording the position may have passed it: look once more.
                if (current >= await readers.TrimmedThroughAsync(ct)) break;
            }
            if (attempt == 2) throw new InvalidOperationException("the search index fell behind the trimmed outbox three times in a row");
            if (position is { } behind)
                logger.LogWarning("Search index {Reader} is at outbox row {Position}, but rows through {Trimmed} were trimmed while it was away: " +
                    "rebuilding it from the database", engine.Reader, behind, trimmed);
            await using var rebuild = scopes.CreateAsyncScope();
            var count = await rebuild.ServiceProvider.GetRequiredService<SearchReindexer>().RebuildAsync(null, ct);
            logger.LogInformation("{Engine} index {Reader} built from the database: {Count} products", engine.Name, engine.Reader, count);
        }
        _standingCheckedAt = now;
    }

    private async Task<bool> HoldIndexingLeaseAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_leaseUntil - now > LeaseTerm / 2) return true;
        await using var scope = scopes.CreateAsyncScope();
        var held = await scope.ServiceProvider.GetRequiredService<JobLeases>().TryClaimAsync(IndexingLease, LeaseTerm, ct);
        if (held && _leaseUntil <= now) _standingCheckedAt = DateTime.MinValue; // newly taken over: look at the index first
        _leaseUntil = held ? now + LeaseTerm : DateTime.MinValue;
        return held;
    }

    /// <summary>Every ten minutes, on one instance: rows every live index is past are deleted.</summary>
    private async Task TrimAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _trimmedAt < TrimEvery) return;
        _trimmedAt = now;
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryClaimAsync(TrimmingLease, 2 * TrimEvery, ct)) return;
        await scope.ServiceProvider.GetRequiredService<SearchOutboxReaders>().TrimAsync(TimeSpan.FromHours(options.Value.InstanceExpiryHours), ct);
    }

    public override void Dispose()
    {
        _applying.Dispose();
        base.Dispose();
    }
}
