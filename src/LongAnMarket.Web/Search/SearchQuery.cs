using System.Globalization;
using LongAnMarket.Core.Search;

namespace LongAnMarket.Web.Search;

/// <summary>What a shopper asked /search for, already validated; knows how to write itself back as a link.</summary>
public sealed record SearchQuery
{
    public const int PageSize = 24;
    public const int MaxPage = 10_000;

    public string Text { get; init; } = "";
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
    public IReadOnlyList<int> OcopStars { get; init; } = [];
    public IReadOnlyList<string> Certifications { get; init; } = [];
    public IReadOnlyList<string> PriceBands { get; init; } = [];
    public bool InStockOnly { get; init; }
    public SearchSort? Sort { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>The words exactly as typed: a correction does not replace the few results they find (?exact=1).</summary>
    public bool AsTyped { get; init; }

    /// <summary>Relevance when there is text to be relevant to, otherwise newest first.</summary>
    public SearchSort EffectiveSort => Sort ?? (Text.Length > 0 ? SearchSort.Relevance : SearchSort.Newest);

    public static readonly IReadOnlyDictionary<SearchSort, string> SortKeys = new Dictionary<SearchSort, string>
    {
        [SearchSort.Relevance] = "relevance",
        [SearchSort.Newest] = "newest",
        [SearchSort.PriceAscending] = "price-asc",
        [SearchSort.PriceDescending] = "price-desc",
        [SearchSort.Rating] = "rating",
    };

    public SearchFilters Filters => new()
    {
        Categories = Categories,
        Areas = Areas,
        OcopStars = OcopStars,
        Certifications = Certifications,
        PriceBands = PriceBands.Select(PriceBand.Find).OfType<PriceBand>().ToList(),
        InStockOnly = InStockOnly,
    };

    public SearchRequest ToRequest() => new(Text, Filters, EffectiveSort, Page, PageSize) { AsTyped = AsTyped };

    public bool HasFilters => !Filters.IsEmpty;

    /// <summary>The same search with one facet value switched on or off, back on page 1.</summary>
    public SearchQuery Toggle(string facet, string value) => facet switch
    {
        SearchFacetKeys.Category => this with { Categories = Toggled(Categories, value), Page = 1 },
        SearchFacetKeys.Area => this with { Areas = Toggled(Areas, value), Page = 1 },
        SearchFacetKeys.Ocop => this with { OcopStars = Toggled(OcopStars.Select(Invariant).ToList(), value).Select(int.Parse).ToList(), Page = 1 },
        SearchFacetKeys.Certification => this with { Certifications = Toggled(Certifications, value), Page = 1 },
        SearchFacetKeys.Price => this with { PriceBands = Toggled(PriceBands, value), Page = 1 },
        SearchFacetKeys.InStock => this with { InStockOnly = !InStockOnly, Page = 1 },
        _ => this,
    };

    public string Link(string path = "/search") => path + QueryString.Create(RouteValues());

    public IEnumerable<KeyValuePair<string, string?>> RouteValues()
    {
        if (Text.Length > 0) yield return new("q", Text);
        foreach (var c in Categories) yield return new(SearchFacetKeys.Category, c);
        foreach (var a in Areas) yield return new(SearchFacetKeys.Area, a);
        foreach (var s in OcopStars) yield return new(SearchFacetKeys.Ocop, Invariant(s));
        foreach (var c in Certifications) yield return new(SearchFacetKeys.Certification, c);
        foreach (var p in PriceBands) yield return new(SearchFacetKeys.Price, p);
        if (InStockOnly) yield return new(SearchFacetKeys.InStock, "1");
        if (Sort is { } sort) yield return new("sort", SortKeys[sort]);
        if (Page > 1) yield return new("page", Invariant(Page));
        if (AsTyped) yield return new("exact", "1");
    }

    private static IReadOnlyList<string> Toggled(IReadOnlyList<string> values, string value) =>
        values.Contains(value) ? values.Where(v => v != value).ToList() : [.. values, value];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The query-string names of the facets.</summary>
public static class SearchFacetKeys
{
    public const string Category = "category";
    public const string Area = "area";
    public const string Ocop = "ocop";
    public const string Certification = "cert";
    public const string Price = "price";
    public const string InStock = "instock";
}
