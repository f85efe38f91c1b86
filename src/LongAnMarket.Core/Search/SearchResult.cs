namespace LongAnMarket.Core.Search;

/// <summary>One found product, with its name and a description snippet where matched words are wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit(int ProductId, string NameHtml, string? SnippetHtml);

public sealed record FacetCount(string Key, int Count);

/// <summary>
/// Counts per facet value. Counts for one facet ignore that facet's own filter (so a shopper sees how many each other
/// choice would add) and apply every other filter.
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Areas,
    IReadOnlyList<FacetCount> OcopStars,
    IReadOnlyList<FacetCount> Certifications,
    IReadOnlyList<FacetCount> PriceBands,
    int InStock)
{
    public static readonly SearchFacets Empty = new([], [], [], [], [], 0);
}

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, SearchFacets Facets)
{
    public static readonly SearchResult Empty = new([], 0, SearchFacets.Empty);
}

public enum SuggestionKind
{
    Product,
    Producer,
    Category,
}

public sealed record SearchSuggestion(SuggestionKind Kind, string Text, string Slug);
