using LongAnMarket.Core.Catalog;
using System.Text.Json;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Factories;

/// <summary>Builds /p/{slug}; null when no listed product has that slug.</summary>
public sealed class ProductModelFactory(ProductPageReader reader, Reviews.ReviewReader reviews, SiteUrls urls, TimeProvider clock, PageDataCache cache,
    Microsoft.Extensions.Options.IOptions<Infrastructure.Ordering.ReturnOptions> returns)
{
    public Task<ProductPageModel?> BuildAsync(string slug, CancellationToken ct) =>
        cache.PageAsync($"{urls.Origin}/p/{slug}", () => LoadAsync(slug, ct));

    private async Task<ProductPageModel?> LoadAsync(string slug, CancellationToken ct)
    {
        if (await reader.ReadAsync(slug, ct) is not { } page) return null;
        var product = page.Product;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var variants = product.Variants.OrderBy(v => v.SortOrder).ThenBy(v => v.Id).Select(v => v.ToModel()).ToList();
        var images = product.Images.OrderBy(i => i.SortOrder).Take(ProductPageModel.GalleryPhotos).Select(i => new ImageModel(SiteUrls.Media(i.Path), i.Width, i.Height, i.AltText)).ToList();
        var certifications = product.Certifications.OrderBy(c => c.Kind).ThenBy(c => c.Id)
            .Select(c => new CertificationModel(CertificationLabels.Of(c.Kind), c.Number, c.Issuer, c.ValidFrom, c.ValidUntil,
                c.ValidUntil is { } until && until < today)).ToList();
        var categoryName = UiText.IsEnglish && product.CategoryNameEn.Length > 0 ? product.CategoryNameEn : product.CategoryName;
        var model = new ProductPageModel(product.Slug, product.Name, Paragraphs(product.Description), product.OcopStars,
            new LinkModel(product.CategorySlug, categoryName), new LinkModel(product.OriginAreaSlug, product.OriginAreaName),
            new LinkModel(product.ProducerSlug, product.ProducerName), variants, images, certifications, page.Related,
            urls.Absolute(SiteUrls.Product(product.Slug)), "");
        model = model with { Reviews = await reviews.ForProductAsync(product.Id, product.RatingCount, product.RatingStars, ct) };
        return model with
        {
            JsonLd = JsonLd(model),
            CurrentLotPath = page.LotGtin is null ? null : new Core.Traceability.DigitalLink(page.LotGtin, page.LotCode!, null).Path,
            Shipping = new ShippingModel(product.ShippingFeeDong, product.FreeShippingFromDong),
            ContainsAlcohol = product.ContainsAlcohol,
            Label = LabelLines(product),
            Returns = new ReturnTermsModel(product.Returns.AtLeast(returns.Value.Minimum), product.Perishable, !product.Perishable),
        };
    }

    /// <summary>The label as printed: the name, then every field given; the net quantity is each pack size.</summary>
    private static IReadOnlyList<(string, string)> LabelLines(ProductDetailRow product)
    {
        var lines = new List<(string, string)> { ("Tên sản phẩm", product.Name) };
        foreach (var field in LabelFields.InOrder)
        {
            var value = field == LabelField.NetQuantity
                ? string.Join("; ", product.Variants.OrderBy(v => v.SortOrder).Select(v => v.PackSize))
                : product.Label.Of(field);
            if (!string.IsNullOrEmpty(value)) lines.Add((LabelFields.Name(field), value));
        }
        return lines;
    }

    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Vietnamese letters as themselves; &lt;, &gt;, &amp; and quotes still escaped, so no name can close the script element.</summary>
    private static readonly JsonSerializerOptions JsonLdOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private string JsonLd(ProductPageModel product) => JsonSerializer.Serialize(WithReviews(new Dictionary<string, object?>
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
    }, product.Reviews), JsonLdOptions);

    /// <summary>schema.org's aggregateRating and the reviews shown, once there is at least one.</summary>
    private static Dictionary<string, object?> WithReviews(Dictionary<string, object?> product, Reviews.ReviewSummaryModel reviews)
    {
        if (reviews.Count == 0) return product;
        product["aggregateRating"] = new Dictionary<string, object>
        {
            ["@type"] = "AggregateRating", ["ratingValue"] = Math.Round(reviews.Average, 1), ["reviewCount"] = reviews.Count,
            ["bestRating"] = 5, ["worstRating"] = 1,
        };
        product["review"] = reviews.Reviews.Take(5).Select(r => new Dictionary<string, object>
        {
            ["@type"] = "Review",
            ["author"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = r.AuthorName },
            ["datePublished"] = r.WrittenAt.ToString("yyyy-MM-dd"),
            ["reviewBody"] = r.Text,
            ["reviewRating"] = new Dictionary<string, object> { ["@type"] = "Rating", ["ratingValue"] = r.Stars, ["bestRating"] = 5, ["worstRating"] = 1 },
        }).ToArray();
        return product;
    }
}
