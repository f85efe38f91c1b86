using LongAnMarket.Core.Search;
using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Search;

/// <summary>A found product: its card, with the name and a description snippet marked where the query matched.</summary>
public sealed record SearchResultModel(ProductCardModel Card, string NameHtml, string? SnippetHtml);

/// <summary>One facet option: a checkbox named <paramref name="Facet"/> with <paramref name="Value"/>, and the link that toggles it.</summary>
public sealed record FacetOptionModel(string Label, int Count, bool Selected, string Href, string Facet = "", string Value = "")
{
    /// <summary>Nothing would be found with it (and it is not chosen): shown, but not offered.</summary>
    public bool IsEmpty => Count == 0 && !Selected;
}

public sealed record FacetGroupModel(string Title, IReadOnlyList<FacetOptionModel> Options);

public sealed record SortOptionModel(string Label, string Href, bool Selected);

/// <summary>When nothing matched: a shorter search that does find something.</summary>
public sealed record AlternativeModel(string Text, string Href, int Count);

public sealed record SearchPageModel(
    SearchQuery Query,
    IReadOnlyList<SearchResultModel> Results,
    int Total,
    IReadOnlyList<FacetGroupModel> Facets,
    IReadOnlyList<SortOptionModel> Sorts,
    IReadOnlyList<AlternativeModel> Alternatives,
    IReadOnlyList<string> Notices,
    bool UsedFallback)
{
    public QueryInterpretation Interpretation { get; init; } = QueryInterpretation.AsTyped;

    public string? DidYouMeanHref => Interpretation.DidYouMean is { } text ? (Query with { Text = text, Page = 1, AsTyped = false }).Link() : null;

    /// <summary>When a correction's results replaced the few the words as typed found: the link to those.</summary>
    public string? AsTypedHref => Interpretation.ShowingFor is not null && Interpretation.TypedTotal > 0 ? (Query with { Page = 1, AsTyped = true }).Link() : null;

    public int PageCount => Math.Max(1, (Total + SearchQuery.PageSize - 1) / SearchQuery.PageSize);
    public string? PreviousHref => Query.Page > 1 ? (Query with { Page = Math.Min(Query.Page - 1, PageCount) }).Link() : null;
    public string? NextHref => Query.Page < PageCount ? (Query with { Page = Query.Page + 1 }).Link() : null;
}
