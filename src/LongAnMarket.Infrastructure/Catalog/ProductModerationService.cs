using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>The trade office takes a product off sale with a reason; the record is kept and the producer told.</summary>
public sealed class ProductModerationService(MarketDbContext db, TimeProvider clock, ProducerNotifications notifications)
{
    public async Task UnpublishAsync(int productId, string reason, string actor, CancellationToken ct = default)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId && !p.IsDeleted, ct)
            ?? throw new DomainException("Không tìm thấy sản phẩm này.");
        var moderation = product.UnpublishByModerator(reason, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == product.ProducerId, ct);
        await notifications.SendAsync(producer, $"that product {productId} was taken off sale",
            n => n.ProductUnpublishedAsync(producer, product.Name, moderation, ct));
    }
}
