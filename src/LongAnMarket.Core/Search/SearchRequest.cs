namespace LongAnMarket.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    PriceAscending,
    PriceDescending,
    Name,
    /// <summary>Best average stars first, then the most reviews; products without a review last.</summary>
    Rating,
}

/// <summary>
/// Filters combine with AND across facets and OR within one: two categories find products in either, a category and an
/// area find products in both.
/// </summary>
public sealed record SearchFilters
{
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<int> OcopStars { get; init; } = [];
    public IReadOnlyList<string> Certifications { get; init; } = [];
    public IReadOnlyList<PriceBand> PriceBands { get; init; } = [];
    public bool InStockOnly { get; init; }

    /// <summary>A price range typed by the shopper (both ends included), on top of any price bands.</summary>
    public long? MinPriceDong { get; init; }
    public long? MaxPriceDong { get; init; }

    public static readonly SearchFilters None = new();

    public bool IsEmpty => Categories.Count == 0 && Areas.Count == 0 && OcopStars.Count == 0 && Certifications.Count == 0
        && !HasPriceFilter && !InStockOnly;

    public bool HasPriceFilter => PriceBands.Count > 0 || MinPriceDong is not null || MaxPriceDong is not null;

    public bool PriceMatches(long priceDong) =>
        (PriceBands.Count == 0 || PriceBands.Any(b => b.Contains(priceDong)))
        && (MinPriceDong is null || priceDong >= MinPriceDong) && (MaxPriceDong is null || priceDong <= MaxPriceDong);
}

/// <summary>A page of a search: text (may be empty: then every listed product matches), filters, order.</summary>
public sealed record SearchRequest(string Text, SearchFilters Filters, SearchSort Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    /// <summary>False for grids that show no facet counts (the catalogue): the engine then skips counting.</summary>
    public bool WithFacets { get; init; } = true;

    /// <summary>False when only the products' IDs are wanted (the catalogue shows plain cards): no stored text is read.</summary>
    public bool WithHighlights { get; init; } = true;
    /// <summary>The words as the rewrite layer planned them (<see cref="ProductSearch"/>); without it, the text as written.</summary>
    public QueryPlan? Plan { get; init; }

    public QueryPlan PlanOrLiteral => Plan ?? QueryPlan.Literal(Text);

    /// <summary>The query exactly as typed: no correction replaces results it finds, however few.</summary>
    public bool AsTyped { get; init; }

    public int Skip => (Math.Max(Page, 1) - 1) * PageSize;
}
