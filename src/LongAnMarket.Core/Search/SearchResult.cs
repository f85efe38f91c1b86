namespace LongAnMarket.Core.Search;

/// <summary>One found product, with its name and a description snippet where matched words are wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit(int ProductId, string NameHtml, string? SnippetHtml)
{
    /// <summary>The name as written (with highlights only).</summary>
    public string Name { get; init; } = "";
}

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

    public QueryInterpretation Interpretation { get; init; } = QueryInterpretation.AsTyped;
}

public enum SuggestionKind
{
    Product,
    Producer,
    Category,
}

public sealed record SearchSuggestion(SuggestionKind Kind, string Text, string Slug);

/// <summary>
/// How the query was understood: a correction to offer as a link, the words the results are for when they are not
/// for the query as typed (a correction, or the query less <see cref="Dropped"/> words).
/// </summary>
public sealed record QueryInterpretation(string? DidYouMean, string? ShowingFor, IReadOnlyList<string> Dropped)
{
    /// <summary>When the results are a correction's: how many the query as typed found (0, or a few in descriptions only).</summary>
    public int TypedTotal { get; init; }

    public static readonly QueryInterpretation AsTyped = new(null, null, []);
}
