using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

/// <summary>Builds /products and /c/{slug}: a filtered, sorted page of 24 listed products.</summary>
public sealed class CatalogModelFactory(MarketDbContext db, ReferenceData reference, PageDataCache cache)
{
    public const int PageSize = 24;

    public sealed record Heading(string Title, string? Intro, string FormAction, bool CategoryFixed);

    public async Task<CatalogPageModel> BuildAsync(CatalogQuery query, List<string> notices, Heading heading, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking().Listed();

        if (query.Category is not null)
        {
            var category = await reference.FindCategoryAsync(query.Category, ct);
            if (category is null) { notices.Add("Danh mục này không tồn tại; bộ lọc đã được bỏ qua."); query = query with { Category = null }; }
            else products = products.Where(p => p.CategoryId == category.Id);
        }
        if (query.Area is not null)
        {
            var area = await reference.FindAreaAsync(query.Area, ct);
            if (area is null) { notices.Add("Vùng này không tồn tại; bộ lọc đã được bỏ qua."); query = query with { Area = null }; }
            else products = products.Where(p => p.OriginAreaId == area.Id);
        }
        if (query.OcopStars is { } stars) products = products.Where(p => p.OcopStars == stars);
        if (query.MinPrice is { } min) products = products.Where(p => p.MinPriceDong >= min);
        if (query.MaxPrice is { } max) products = products.Where(p => p.MinPriceDong <= max);
        if (query.InStockOnly) products = products.Where(p => p.InStock);
        foreach (var word in Words(query.Text)) products = products.Where(p => p.SortName.Contains(word));

        var key = CacheKey(query);
        var total = await cache.CountAsync(key, () => products.CountAsync(ct));
        var page = query.Page > (total + PageSize - 1) / PageSize ? []
            : await cache.PageAsync(key, async () => (IReadOnlyList<ProductCardModel>)await Sorted(products, query.Sort)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .ToCardsAsync(ct)) ?? [];

        var categories = await reference.CategoriesAsync(ct);
        var areas = await reference.AreasAsync(ct);
        var english = UiText.IsEnglish;
        return new CatalogPageModel(heading.Title, heading.Intro, query, page, total, PageSize,
            categories.Select(c => new LinkModel(c.Slug, english && c.NameEn.Length > 0 ? c.NameEn : c.Name)).ToList(),
            areas.Select(a => new LinkModel(a.Slug, a.Name)).ToList(),
            notices, heading.FormAction, heading.CategoryFixed);
    }

    private static string CacheKey(CatalogQuery query) =>
        "catalog?" + string.Join('&', query.ToRouteValues().OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}"));

    /// <summary>Names are matched without diacritics: "gao nang thom" finds "Gạo Nàng Thơm".</summary>
    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrEmpty(text) ? []
        : VietnameseText.FoldDiacritics(text).ToLowerInvariant()
            .Split([' ', '-', ',', '.', '/'], StringSplitOptions.RemoveEmptyEntries).Take(8);

    private static IQueryable<Product> Sorted(IQueryable<Product> products, CatalogSort sort) => sort switch
    {
        CatalogSort.PriceAscending => products.OrderBy(p => p.MinPriceDong).ThenBy(p => p.Id),
        CatalogSort.PriceDescending => products.OrderByDescending(p => p.MinPriceDong).ThenByDescending(p => p.Id), // one direction: the index reads backwards
        CatalogSort.Name => products.OrderBy(p => p.SortName).ThenBy(p => p.Id),
        _ => products.OrderByDescending(p => p.Id),
    };
}
