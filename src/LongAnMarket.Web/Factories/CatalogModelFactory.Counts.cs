using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Factories;

/// <summary>
/// How many products each filter option would give, so the sheet can say so and disable what gives nothing. Each
/// facet's counts ignore that facet's own choice (choosing another category replaces this one) and honour the rest.
/// </summary>
public sealed partial class CatalogModelFactory
{
    public static readonly IReadOnlyList<int> OcopStarsOffered = [5, 4, 3];

    public sealed record FilterCounts(
        IReadOnlyDictionary<string, int> Categories, IReadOnlyDictionary<string, int> Areas,
        IReadOnlyDictionary<string, int> OcopStars, int InStock)
    {
        public int Of(IReadOnlyDictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);
    }

    /// <summary>The counts from the engine, from the database when it cannot answer, and none when neither can.</summary>
    private async Task<FilterCounts?> CountsAsync(CatalogQuery query, CancellationToken ct)
    {
        var key = "counts:" + FilterKey(query);
        try
        {
            return await cache.PageAsync(key, async () => (object)await CountedByEngineAsync(query, ct)) as FilterCounts;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("{Engine} could not count the catalogue's filters ({Problem}); counting on the database", engine.Name, ex.Message);
            return await cache.PageAsync("db-" + key, async () => (object)await CountedByDatabaseAsync(query, ct)) as FilterCounts;
        }
    }

    private async Task<FilterCounts> CountedByEngineAsync(CatalogQuery query, CancellationToken ct)
    {
        var facets = (await engine.SearchAsync(Request(query with { Page = 1 }) with { PageSize = 1, WithFacets = true }, ct)).Facets;
        static IReadOnlyDictionary<string, int> Map(IReadOnlyList<FacetCount> counts) => counts.ToDictionary(c => c.Key, c => c.Count);
        return new FilterCounts(Map(facets.Categories), Map(facets.Areas), Map(facets.OcopStars), facets.InStock);
    }

    private async Task<FilterCounts> CountedByDatabaseAsync(CatalogQuery query, CancellationToken ct)
    {
        async Task<IQueryable<Product>> Without(CatalogQuery choice)
        {
            var products = await FilteredAsync(db.Products.AsNoTracking().Listed(), choice, ct);
            foreach (var word in Words(choice.Text)) products = products.Where(p => p.SortName.Contains(word));
            return products;
        }
        var byCategory = await (await Without(query with { Category = null })).GroupBy(p => p.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byArea = await (await Without(query with { Area = null })).GroupBy(p => p.OriginAreaId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byStars = await (await Without(query with { OcopStars = null })).Where(p => p.OcopStars != null).GroupBy(p => p.OcopStars!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var inStock = await (await Without(query with { InStockOnly = false })).CountAsync(p => p.InStock, ct);

        var categories = await reference.CategoriesAsync(ct);
        var areas = await reference.AreasAsync(ct);
        return new FilterCounts(
            categories.Where(c => byCategory.ContainsKey(c.Id)).ToDictionary(c => c.Slug, c => byCategory[c.Id]),
            areas.Where(a => byArea.ContainsKey(a.Id)).ToDictionary(a => a.Slug, a => byArea[a.Id]),
            byStars.ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value),
            inStock);
    }
}
