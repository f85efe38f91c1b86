using System.Linq.Expressions;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

/// <summary>The one projection every product grid uses: a single SQL statement, no entity tracking.</summary>
public static class ProductCards
{
    private sealed record Row(string Slug, string Name, long MinPriceDong, bool InStock, int? OcopStars,
        string ProducerName, string AreaName, string? ImagePath, int ImageWidth, int ImageHeight);

    private static readonly Expression<Func<Product, Row>> Projection = p => new Row(
        p.Slug, p.Name, p.MinPriceDong, p.InStock, p.OcopStars, p.Producer!.Name, p.OriginArea!.Name,
        p.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
        p.Images.OrderBy(i => i.SortOrder).Select(i => i.Width).FirstOrDefault(),
        p.Images.OrderBy(i => i.SortOrder).Select(i => i.Height).FirstOrDefault());

    public static async Task<List<ProductCardModel>> ToCardsAsync(this IQueryable<Product> products, CancellationToken ct)
    {
        var rows = await products.Select(Projection).ToListAsync(ct);
        return rows.ConvertAll(r => new ProductCardModel(r.Slug, r.Name, r.MinPriceDong, r.InStock, r.OcopStars, r.ProducerName, r.AreaName,
            r.ImagePath is null ? null : new ImageModel(SiteUrls.Media(r.ImagePath), r.ImageWidth, r.ImageHeight, r.Name)));
    }
}
