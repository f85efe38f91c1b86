using LongAnMarket.Core.Common;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Rebuilds the whole index from the database beside the live one and swaps it in. The new index is current through
/// the outbox row that was newest when the rebuild started (every change up to it was read from the database), so the
/// indexer applies every later row to it.
/// </summary>
public sealed class SearchReindexer(MarketDbContext db, SearchDocuments documents, ISearchEngine engine, SearchIndexer indexer,
    SearchOutboxReaders readers, CatalogVersion version)
{
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var watermark = await SearchIndexer.WatermarkAsync(db, ct);
        // While this instance's own index is built, the outbox rows after the watermark must stay for it to apply
        // next: a first start has no recorded position yet, so other instances would trim them meanwhile.
        if (!engine.IsShared) await readers.RegisterAsync(engine.Reader, watermark, ct);
        var total = await db.Products.Listed().CountAsync(ct);
        var done = 0;
        await engine.RebuildAsync(documents.AllAsync(ct), watermark,
            new SynchronousProgress<int>(n => { done = n; progress?.Report((n, total)); }), ct);
        await readers.SetAsync(engine.Reader, watermark, ct);
        indexer.Forget(null);
        version.Bump();
        return done;
    }
}
