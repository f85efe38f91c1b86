using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Sellers;

/// <summary>The producer a signed-in account manages, as its /seller page and the admin's review page show it.</summary>
public sealed class SellerModelFactory(MarketDbContext db)
{
    public Task<int?> ProducerIdOfAsync(string userId, CancellationToken ct) =>
        db.Producers.Where(p => p.OwnerUserId == userId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);

    public async Task<SellerPageModel?> BuildAsync(int producerId, string? notice, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == producerId)
            .Select(p => new { p.Id, p.Name, p.Slug, p.Status, p.StatusReason, p.TaxCode, p.PhotoPath }).FirstOrDefaultAsync(ct);
        if (producer is null) return null;
        var documents = await db.ProducerDocuments.AsNoTracking().Where(d => d.ProducerId == producerId).OrderBy(d => d.Id)
            .Select(d => new DocumentModel(d.Id, d.FileName, d.ContentType, d.SizeBytes)).ToListAsync(ct);
        var history = (await db.ProducerStatusChanges.AsNoTracking().Where(c => c.ProducerId == producerId).OrderByDescending(c => c.Id)
            .Select(c => new { c.From, c.To, c.Reason, c.Actor, c.At }).ToListAsync(ct))
            .ConvertAll(c => new StatusChangeModel(c.From, c.To, c.Reason, c.Actor, c.At.ToDateTimeOffset()));
        var counts = await db.Products.Where(p => p.ProducerId == producerId && !p.IsDeleted).GroupBy(p => p.IsPublished)
            .Select(g => new { Published = g.Key, Count = g.Count() }).ToListAsync(ct);
        var lowStock = (await db.ProductVariants.AsNoTracking()
            .Where(v => v.Stock <= SellerProductModelFactory.LowStock)
            .Join(db.Products.Where(p => p.ProducerId == producerId && !p.IsDeleted && p.IsPublished), v => v.ProductId, p => p.Id, // drafts sell nothing
                (v, p) => new { p.Id, p.Name, v.PackSize, v.Stock })
            .OrderBy(l => l.Stock).Take(20).ToListAsync(ct))
            .ConvertAll(l => new LowStockModel(l.Id, l.Name, l.PackSize, l.Stock));
        return new SellerPageModel(producer.Id, producer.Name, producer.Slug, producer.Status, producer.StatusReason, producer.TaxCode,
            documents, history, counts.FirstOrDefault(c => c.Published)?.Count ?? 0, notice)
        {
            DraftProducts = counts.FirstOrDefault(c => !c.Published)?.Count ?? 0,
            PhotoUrl = producer.PhotoPath is null ? null : Hosting.SiteUrls.Media(producer.PhotoPath),
            LowStock = lowStock,
            OrdersToShip = await db.SubOrders.CountAsync(s => s.ProducerId == producerId
                && (s.Status == Core.Ordering.SubOrderStatus.Paid || s.Status == Core.Ordering.SubOrderStatus.Processing), ct),
            BalanceDong = await db.LedgerEntries.Where(e => e.ProducerId == producerId).SumAsync(e => (long?)e.AmountDong, ct) ?? 0,
        };
    }
}
