using LongAnMarket.Core.Catalog;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

/// <summary>The one projection every product grid uses: a single SQL statement, no entity tracking.</summary>
public static class ProductCards
{
    private sealed record Row(int Id, string Slug, string Name, long MinPriceDong, bool InStock, int? OcopStars,
        string ProducerName, string AreaName, string? ImagePath, int ImageWidth, int ImageHeight, int RatingCount, int RatingStars);

    /// <summary>
    /// The cover is the image at position 0 (unique per product), joined rather than looked up per card, so a page of
    /// 24 cards costs one join instead of 72 dependent subqueries.
    /// </summary>
    public static async Task<List<ProductCardModel>> ToCardsAsync(this IQueryable<Product> products, CancellationToken ct) =>
        (await RowsAsync(products, ct)).ConvertAll(Card);

    /// <summary>Cards keyed by product ID, for grids whose order comes from elsewhere (search results).</summary>
    public static async Task<Dictionary<int, ProductCardModel>> ToCardsByIdAsync(this IQueryable<Product> products, CancellationToken ct) =>
        (await RowsAsync(products, ct)).ToDictionary(r => r.Id, Card);

    private static Task<List<Row>> RowsAsync(IQueryable<Product> products, CancellationToken ct) =>
        (
            from p in products
            from cover in p.Images.Where(i => i.SortOrder == 0).DefaultIfEmpty()
            select new Row(p.Id, p.Slug, p.Name, p.MinPriceDong, p.InStock, p.OcopStars, p.Producer!.Name, p.OriginArea!.Name,
                cover == null ? null : cover.ThumbnailPath ?? cover.Path, cover == null ? 0 : cover.Width, cover == null ? 0 : cover.Height,
                p.RatingCount, p.RatingStars))
            .ToListAsync(ct);

    private static ProductCardModel Card(Row r) =>
        Card(r.Slug, r.Name, r.MinPriceDong, r.InStock, r.OcopStars, r.ProducerName, r.AreaName, r.ImagePath, r.ImageWidth, r.ImageHeight, r.RatingCount, r.RatingStars);

    public static ProductCardModel Card(string slug, string name, long minPriceDong, bool inStock, int? ocopStars, string producerName,
        string areaName, string? imagePath, int imageWidth, int imageHeight, int ratingCount, int ratingStars) =>
        new(slug, name, minPriceDong, inStock, ocopStars, producerName, areaName,
            imagePath is null ? null : new ImageModel(SiteUrls.Media(imagePath), imageWidth, imageHeight, name))
        {
            RatingCount = ratingCount, Rating = ratingCount == 0 ? null : (double)ratingStars / ratingCount,
        };
}
