using System.Linq.Expressions;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// What search pages use while the engine is unreachable: every word must appear (without diacritics) in the product's
/// name, no typo tolerance, synonyms or facet counts, but the same filters and orders, so a shopper can still shop.
/// </summary>
public sealed class DatabaseSearch(MarketDbContext db)
{
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var plan = QueryPlan.Literal(request.Text);
        var products = Filtered(db.Products.AsNoTracking().Listed(), request.Filters);
        foreach (var term in plan.Terms.Take(8))
        {
            var word = term.Folded;
            products = products.Where(p => p.SortName.Contains(word));
        }
        var total = await products.CountAsync(ct);
        var rows = await Ordered(products, request.Sort).Skip(request.Skip).Take(request.PageSize)
            .Select(p => new { p.Id, p.Name, p.Description }).ToListAsync(ct);
        var hits = rows.Select(r => new SearchHit(r.Id, SearchHighlighter.Mark(r.Name, plan),
            plan.IsEmpty ? null : SearchHighlighter.Snippet(r.Description, plan))).ToList();
        return new SearchResult(hits, total, SearchFacets.Empty);
    }

    private static IQueryable<Product> Filtered(IQueryable<Product> products, SearchFilters filters)
    {
        if (filters.Categories.Count > 0) products = products.Where(p => filters.Categories.Contains(p.Category!.Slug));
        if (filters.Areas.Count > 0) products = products.Where(p => filters.Areas.Contains(p.OriginArea!.Slug));
        if (filters.OcopStars.Count > 0) products = products.Where(p => p.OcopStars != null && filters.OcopStars.Contains(p.OcopStars.Value));
        if (filters.InStockOnly) products = products.Where(p => p.InStock);
        if (filters.PriceBands.Count > 0) products = products.Where(InAnyBand(filters.PriceBands));
        if (filters.MinPriceDong is { } min) products = products.Where(p => p.MinPriceDong >= min);
        if (filters.MaxPriceDong is { } max) products = products.Where(p => p.MinPriceDong <= max);
        var kinds = filters.Certifications.Select(CertificationKeys.Parse).OfType<CertificationKind>().ToList();
        if (kinds.Count > 0) products = products.Where(p => p.Certifications.Any(c => kinds.Contains(c.Kind)));
        return products;
    }

    /// <summary>p =&gt; (from₁ ≤ price &lt; below₁) || (from₂ ≤ price &lt; below₂) …</summary>
    private static Expression<Func<Product, bool>> InAnyBand(IReadOnlyList<PriceBand> bands)
    {
        var product = Expression.Parameter(typeof(Product), "p");
        var price = Expression.Property(product, nameof(Product.MinPriceDong));
        Expression? any = null;
        foreach (var band in bands)
        {
            Expression inBand = Expression.Constant(true);
            if (band.FromDong is { } from) inBand = Expression.AndAlso(inBand, Expression.GreaterThanOrEqual(price, Expression.Constant(from)));
            if (band.BelowDong is { } below) inBand = Expression.AndAlso(inBand, Expression.LessThan(price, Expression.Constant(below)));
            any = any is null ? inBand : Expression.OrElse(any, inBand);
        }
        return Expression.Lambda<Func<Product, bool>>(any ?? Expression.Constant(true), product);
    }

    private static IQueryable<Product> Ordered(IQueryable<Product> products, SearchSort sort) => sort switch
    {
        SearchSort.PriceAscending => products.OrderBy(p => p.MinPriceDong).ThenBy(p => p.Id),
        SearchSort.PriceDescending => products.OrderByDescending(p => p.MinPriceDong).ThenByDescending(p => p.Id),
        SearchSort.Relevance => products.OrderByDescending(p => p.InStock).ThenByDescending(p => p.Id),
        SearchSort.Name => products.OrderBy(p => p.SortName).ThenBy(p => p.Id),
        SearchSort.Rating => products.OrderByDescending(p => p.RatingCount == 0 ? 0L : p.RatingStars * 1_000_000L / p.RatingCount)
            .ThenByDescending(p => p.RatingCount).ThenByDescending(p => p.Id),
        _ => products.OrderByDescending(p => p.Id),
    };
}
