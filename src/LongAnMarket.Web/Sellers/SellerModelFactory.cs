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
            .Select(p => new { p.Id, p.Name, p.Slug, p.Status, p.StatusReason, p.TaxCode }).FirstOrDefaultAsync(ct);
        if (producer is null) return null;
        var documents = await db.ProducerDocuments.AsNoTracking().Where(d => d.ProducerId == producerId).OrderBy(d => d.Id)
            .Select(d => new DocumentModel(d.Id, d.FileName, d.ContentType, d.SizeBytes)).ToListAsync(ct);
        var history = (await db.ProducerStatusChanges.AsNoTracking().Where(c => c.ProducerId == producerId).OrderByDescending(c => c.Id)
            .Select(c => new { c.From, c.To, c.Reason, c.Actor, c.At }).ToListAsync(ct))
            .ConvertAll(c => new StatusChangeModel(c.From, c.To, c.Reason, c.Actor, c.At.ToDateTimeOffset()));
        var published = await db.Products.CountAsync(p => p.ProducerId == producerId && p.IsPublished, ct);
        return new SellerPageModel(producer.Id, producer.Name, producer.Slug, producer.Status, producer.StatusReason, producer.TaxCode,
            documents, history, published, notice);
    }
}
