using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Applies the search outbox to the engine: up to 500 rows at a time, in order, re-reading each named product from the
/// database, so applying a row twice does no harm. A row is marked applied only after the engine has stored the change;
/// while the engine is down rows wait and the indexer backs off (1 s doubling to 1 min), then drains them. After each
/// batch the catalogue version moves on, so no page keeps data read from the index before the change arrived.
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, ISearchEngine engine, SearchIndexSignal signal, CatalogVersion version,
    IOptions<SearchOptions> options, TimeProvider clock, ILogger<SearchIndexer> logger) : BackgroundService
{
    public const int BatchSize = 500;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan KeepApplied = TimeSpan.FromDays(1);
    private DateTime _lastPurge = DateTime.MinValue;

    /// <summary>Null while changes reach the engine; otherwise why the last attempt failed.</summary>
    public string? Problem { get; private set; }

    /// <summary>How long the oldest change not yet applied has waited (zero when none waits).</summary>
    public static async Task<TimeSpan> LagAsync(MarketDbContext db, DateTime now, CancellationToken ct)
    {
        var oldest = await db.Set<SearchIndexChange>().Where(c => c.AppliedAtUtc == null).MinAsync(c => (DateTime?)c.EnqueuedAtUtc, ct);
        return oldest is { } at && now > at ? now - at : TimeSpan.Zero;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        var checkedFirstIndex = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!checkedFirstIndex) checkedFirstIndex = await BuildIfEmptyAsync(stoppingToken);
                if (engine.TakeReplayPoint() is { } from) await ReplayAsync(from, stoppingToken);
                var applied = await ApplyPendingAsync(stoppingToken);
                Problem = null;
                backoff = TimeSpan.FromSeconds(1);
                await PurgeAsync(stoppingToken);
                if (applied < BatchSize) await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex)
            {
                Problem = ex.Message;
                logger.LogWarning(ex, "Search index not updated; retrying in {Backoff}", backoff);
                try { await Task.Delay(backoff, clock, stoppingToken); } catch (OperationCanceledException) { return; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    /// <summary>Applies one batch of pending rows; returns how many rows it applied.</summary>
    public async Task<int> ApplyPendingAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var rows = await db.Set<SearchIndexChange>().AsNoTracking().Where(c => c.AppliedAtUtc == null)
            .OrderBy(c => c.Id).Take(BatchSize).Select(c => new { c.Id, c.ProductId, c.ProducerId }).ToListAsync(ct);
        if (rows.Count == 0) return 0;
        await ApplyAsync(db, scope.ServiceProvider.GetRequiredService<SearchDocuments>(),
            rows.Select(r => r.ProductId).OfType<int>(), rows.Select(r => r.ProducerId).OfType<int>(), ct);
        var ids = rows.Select(r => r.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<SearchIndexChange>().Where(c => ids.Contains(c.Id)).ExecuteUpdateAsync(c => c.SetProperty(x => x.AppliedAtUtc, now), ct);
        return rows.Count;
    }

    /// <summary>Applies again every change recorded from outbox row <paramref name="fromRow"/> on (after a rebuild swapped in).</summary>
    public async Task ReplayAsync(long fromRow, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var after = fromRow;
        while (true)
        {
            var from = after;
            var rows = await db.Set<SearchIndexChange>().AsNoTracking().Where(c => c.Id > from).OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, c.ProductId, c.ProducerId }).ToListAsync(ct);
            if (rows.Count == 0) return;
            await ApplyAsync(db, scope.ServiceProvider.GetRequiredService<SearchDocuments>(),
                rows.Select(r => r.ProductId).OfType<int>(), rows.Select(r => r.ProducerId).OfType<int>(), ct);
            after = rows[^1].Id;
        }
    }

    /// <summary>The newest outbox row now: a rebuild starting after this reads every change up to it from the database.</summary>
    public static async Task<long> WatermarkAsync(MarketDbContext db, CancellationToken ct) =>
        await db.Set<SearchIndexChange>().MaxAsync(c => (long?)c.Id, ct) ?? 0;

    private async Task ApplyAsync(MarketDbContext db, SearchDocuments documents, IEnumerable<int> productIds, IEnumerable<int> producerIds,
        CancellationToken ct)
    {
        var products = productIds.ToHashSet();
        var producers = producerIds.Distinct().ToList();
        if (producers.Count > 0)
            products.UnionWith(await db.Products.AsNoTracking().Where(p => producers.Contains(p.ProducerId)).Select(p => p.Id).ToListAsync(ct));
        var listed = await documents.ForProductsAsync(products, ct);
        await engine.UpsertAsync(listed, ct);
        products.ExceptWith(listed.Select(d => d.ProductId));
        await engine.DeleteAsync(products, ct);
        version.Bump(); // page data cached from the index before this change is retired
    }

    /// <summary>A new installation (or a deleted index folder) gets its first index from the database; failures retry with the loop.</summary>
    private async Task<bool> BuildIfEmptyAsync(CancellationToken ct)
    {
        if (!await engine.IsEmptyAsync(ct)) return true;
        using var scope = scopes.CreateScope();
        var count = await scope.ServiceProvider.GetRequiredService<SearchReindexer>().RebuildAsync(null, ct);
        logger.LogInformation("First {Engine} index built from the database: {Count} products", engine.Name, count);
        return true;
    }

    private async Task PurgeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - _lastPurge < TimeSpan.FromMinutes(10)) return;
        _lastPurge = now;
        using var scope = scopes.CreateScope();
        var cutoff = now - KeepApplied;
        await scope.ServiceProvider.GetRequiredService<MarketDbContext>().Set<SearchIndexChange>()
            .Where(c => c.AppliedAtUtc != null && c.AppliedAtUtc < cutoff).ExecuteDeleteAsync(ct);
    }
}
