namespace LongAnMarket.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    PriceAscending,
    PriceDescending,
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

    public static readonly SearchFilters None = new();

    public bool IsEmpty => Categories.Count == 0 && Areas.Count == 0 && OcopStars.Count == 0 && Certifications.Count == 0
        && PriceBands.Count == 0 && !InStockOnly;
}

/// <summary>A page of a search: text (may be empty: then every listed product matches), filters, order.</summary>
public sealed record SearchRequest(string Text, SearchFilters Filters, SearchSort Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 100;
    public int Skip => (Math.Max(Page, 1) - 1) * PageSize;
}
