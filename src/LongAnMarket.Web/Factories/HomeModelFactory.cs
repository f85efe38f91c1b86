using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

public sealed class HomeModelFactory(MarketDbContext db, ReferenceData reference, PageDataCache cache)
{
    public async Task<HomePageModel> BuildAsync(CancellationToken ct) =>
        (await cache.PageAsync("home", () => LoadAsync(ct)))!;

    private async Task<HomePageModel?> LoadAsync(CancellationToken ct)
    {
        var listed = db.Products.AsNoTracking().Listed();
        var featured = await listed.Where(p => p.IsFeatured).OrderByDescending(p => p.OcopStars).ThenByDescending(p => p.Id).Take(8).ToCardsAsync(ct);
        var newest = await listed.OrderByDescending(p => p.Id).Take(8).ToCardsAsync(ct);
        var english = UiText.IsEnglish;
        var categories = (await reference.CategoriesAsync(ct))
            .Select(c => new LinkModel(c.Slug, english && c.NameEn.Length > 0 ? c.NameEn : c.Name)).ToList();
        var producers = await ProducerQueries.Cards(db, ct, take: 8);
        return new HomePageModel(featured, newest, categories, producers);
    }
}

internal static class ProducerQueries
{
    public static Task<List<ProducerCardModel>> Cards(MarketDbContext db, CancellationToken ct, int take) =>
        db.Producers.AsNoTracking().Where(p => p.Status == ProducerStatus.Approved)
            .OrderBy(p => p.Id).Take(take)
            .Select(p => new ProducerCardModel(p.Slug, p.Name, p.OriginArea!.Name,
                db.Products.Count(x => x.ProducerId == p.Id && x.IsPublished)))
            .ToListAsync(ct);
}
