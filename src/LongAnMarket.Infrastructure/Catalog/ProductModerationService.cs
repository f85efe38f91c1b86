using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>The trade office takes a product off sale with a reason; the record is kept and the producer told.</summary>
public sealed class ProductModerationService(
    MarketDbContext db, TimeProvider clock, IEnumerable<IProducerNotifier> notifiers, ILogger<ProductModerationService> log)
{
    public async Task UnpublishAsync(int productId, string reason, string actor, CancellationToken ct = default)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId && !p.IsDeleted, ct)
            ?? throw new DomainException("Không tìm thấy sản phẩm này.");
        var moderation = product.UnpublishByModerator(reason, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == product.ProducerId, ct);
        foreach (var notifier in notifiers)
        {
            try { await notifier.ProductUnpublishedAsync(producer, product.Name, moderation, ct); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Could not tell producer {ProducerId} that product {ProductId} was taken off sale", producer.Id, productId);
            }
        }
    }
}
