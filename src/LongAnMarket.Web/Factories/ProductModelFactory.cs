using System.Text.Json;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

/// <summary>Builds /p/{slug}; null when no listed product has that slug.</summary>
public sealed class ProductModelFactory(MarketDbContext db, SiteUrls urls, TimeProvider clock, PageDataCache cache)
{
    public Task<ProductPageModel?> BuildAsync(string slug, CancellationToken ct) =>
        cache.PageAsync($"{urls.Origin}/p/{slug}", () => LoadAsync(slug, ct));

    private async Task<ProductPageModel?> LoadAsync(string slug, CancellationToken ct)
    {
        var listed = db.Products.AsNoTracking().Listed();
        var head = await listed.Where(p => p.Slug == slug).Select(p => new
        {
            p.Id, p.Slug, p.Name, p.Description, p.OcopStars, p.ProducerId, p.CategoryId,
            Category = new LinkModel(p.Category!.Slug, p.Category.Name),
            CategoryEn = p.Category.NameEn,
            Area = new LinkModel(p.OriginArea!.Slug, p.OriginArea.Name),
            Producer = new LinkModel(p.Producer!.Slug, p.Producer.Name),
        }).FirstOrDefaultAsync(ct);
        if (head is null) return null;

        var variants = await db.ProductVariants.AsNoTracking().Where(v => v.ProductId == head.Id).OrderBy(v => v.SortOrder)
            .ProjectToModel().ToListAsync(ct);
        var images = await db.ProductImages.AsNoTracking().Where(i => i.ProductId == head.Id).OrderBy(i => i.SortOrder)
            .Select(i => new ImageModel(SiteUrls.Media(i.Path), i.Width, i.Height, i.AltText)).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var certifications = (await db.Certifications.AsNoTracking().Where(c => c.ProductId == head.Id).OrderBy(c => c.Kind)
            .Select(c => new { c.Kind, c.Number, c.Issuer, c.ValidFrom, c.ValidUntil }).ToListAsync(ct))
            .ConvertAll(c => new CertificationModel(CertificationLabels.Of(c.Kind), c.Number, c.Issuer, c.ValidFrom, c.ValidUntil,
                c.ValidUntil is { } until && until < today));
        var related = await listed.Where(p => p.CategoryId == head.CategoryId && p.Id != head.Id)
            .OrderByDescending(p => p.IsFeatured).ThenByDescending(p => p.Id).Take(4).ToCardsAsync(ct);

        var canonical = urls.Absolute(SiteUrls.Product(head.Slug));
        var category = UiText.IsEnglish && head.CategoryEn.Length > 0 ? head.Category with { Name = head.CategoryEn } : head.Category;
        var model = new ProductPageModel(head.Slug, head.Name, Paragraphs(head.Description), head.OcopStars, category, head.Area, head.Producer,
            variants, images, certifications, related, canonical, "");
        return model with { JsonLd = JsonLd(model) };
    }

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string JsonLd(ProductPageModel product) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Product",
        ["name"] = product.Name,
        ["description"] = product.Summary,
        ["url"] = product.CanonicalUrl,
        ["image"] = product.Images.Select(i => urls.Absolute(i.Url)).ToArray(),
        ["category"] = product.Category.Name,
        ["brand"] = new Dictionary<string, object> { ["@type"] = "Brand", ["name"] = product.Producer.Name },
        ["offers"] = product.Variants.Select(v => new Dictionary<string, object>
        {
            ["@type"] = "Offer",
            ["name"] = v.PackSize,
            ["price"] = v.PriceDong,
            ["priceCurrency"] = "VND",
            ["availability"] = v.Stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
            ["url"] = product.CanonicalUrl,
            ["seller"] = new Dictionary<string, object> { ["@type"] = "Organization", ["name"] = product.Producer.Name },
        }).ToArray(),
    });
}
