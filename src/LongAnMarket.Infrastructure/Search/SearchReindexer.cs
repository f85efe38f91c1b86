using LongAnMarket.Core.Common;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Rebuilds the whole index from the database beside the live one and swaps it in. Changes saved while it runs are in
/// the outbox after the watermark taken at the start, and are applied again to the new index once it is live.
/// </summary>
public sealed class SearchReindexer(MarketDbContext db, SearchDocuments documents, ISearchEngine engine, SearchIndexer indexer, CatalogVersion version,
    TimeProvider clock)
{
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var watermark = await SearchIndexer.WatermarkAsync(db, ct);
        var total = await db.Products.Listed().CountAsync(ct);
        var done = 0;
        await engine.RebuildAsync(documents.AllAsync(ct), watermark,
            new SynchronousProgress<int>(n => { done = n; progress?.Report((n, total)); }), ct);
        // Changes recorded before the watermark were read from the database by the rebuild itself.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<SearchIndexChange>().Where(c => c.Id <= watermark && c.AppliedAtUtc == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.AppliedAtUtc, now), ct);
        if (engine.TakeReplayPoint() is { } from) await indexer.ReplayAsync(from, ct);
        version.Bump();
        return done;
    }
}
