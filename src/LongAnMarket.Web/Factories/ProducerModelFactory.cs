using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

public sealed class ProducerModelFactory(MarketDbContext db, SiteUrls urls, PageDataCache cache, TimeProvider clock,
    Infrastructure.Conversations.ConversationBook conversations)
{
    public const int MaxListed = 500;

    /// <summary>Null unless the producer is approved or suspended (a suspended one is shown, without products).</summary>
    public Task<ProducerPageModel?> BuildAsync(string slug, CancellationToken ct) =>
        cache.PageAsync($"{urls.Origin}/producers/{slug}", () => LoadAsync(slug, ct));

    private async Task<ProducerPageModel?> LoadAsync(string slug, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking()
            .Where(p => p.Slug == slug && (p.Status == ProducerStatus.Approved || p.Status == ProducerStatus.Suspended))
            .Select(p => new
            {
                p.Id, p.Slug, p.Name, p.Description, p.Address, p.Phone, p.Email, p.Status, p.PhotoPath, p.PhotoWidth, p.PhotoHeight,
                Area = new LinkModel(p.OriginArea!.Slug, p.OriginArea.Name),
            }).FirstOrDefaultAsync(ct);
        if (producer is null) return null;
        var products = await db.Products.AsNoTracking().Listed().Where(p => p.ProducerId == producer.Id)
            .OrderByDescending(p => p.IsFeatured).ThenBy(p => p.SortName).Take(MaxListed).ToCardsAsync(ct);
        var today = Core.Common.VietnamTime.Today(clock);
        var certificates = (await db.Products.AsNoTracking().Listed().Where(p => p.ProducerId == producer.Id)
            .SelectMany(p => p.Certifications.Where(c => c.ValidFrom <= today && (c.ValidUntil == null || c.ValidUntil >= today)
                                                         && (c.Kind != CertificationKind.Ocop || c.ConfirmedOn != null)),
                (p, c) => new { c.Kind, c.Number, c.Issuer, c.ValidUntil, p.Name, p.Slug })
            .OrderBy(c => c.Kind).ThenBy(c => c.Name).Take(50).ToListAsync(ct))
            .ConvertAll(c => new ProducerCertificateModel(CertificationLabels.Of(c.Kind), c.Number, c.Issuer, c.ValidUntil, c.Name, c.Slug));
        var rating = (await db.Products.AsNoTracking().Listed().Where(p => p.ProducerId == producer.Id)
            .GroupBy(p => 1).Select(g => new { Count = g.Sum(p => p.RatingCount), Stars = g.Sum(p => p.RatingStars) }).ToListAsync(ct)).FirstOrDefault();
        return new ProducerPageModel(producer.Slug, producer.Name, ProductModelFactory.Paragraphs(producer.Description), producer.Area,
            producer.Address, producer.Phone, producer.Email, producer.Status == ProducerStatus.Suspended, products,
            urls.Absolute(SiteUrls.Producer(producer.Slug)))
        {
            Certificates = producer.Status == ProducerStatus.Suspended ? [] : certificates,
            RatingCount = rating?.Count ?? 0, Rating = rating is { Count: > 0 } r ? (double)r.Stars / r.Count : null,
            MedianReplyHours = await conversations.MedianReplyHoursAsync(producer.Id, ct),
            Photo = producer.PhotoPath is null ? null : new ImageModel(SiteUrls.Media(producer.PhotoPath), producer.PhotoWidth, producer.PhotoHeight, producer.Name),
        };
    }

    public async Task<ProducerListModel> ListAsync(CancellationToken ct) =>
        (await cache.PageAsync("producers", async () => new ProducerListModel(await ProducerQueries.Cards(db, ct, take: MaxListed))))!;
}
