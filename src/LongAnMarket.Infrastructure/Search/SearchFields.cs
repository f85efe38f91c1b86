using LongAnMarket.Core.Search;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>The index's field names, the same on both engines, so a query plan reads the same on each.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Producer = "producer";
    public const string Area = "area";
    public const string Category = "category";
    public const string Description = "description";
    public const string CategorySlug = "category_slug";
    public const string AreaSlug = "area_slug";
    public const string Ocop = "ocop";
    public const string Certification = "cert";
    public const string Price = "price";
    public const string InStock = "in_stock";
    public const string Created = "created";
    /// <summary>The rating order's key (<see cref="SearchDocument.RatingKey"/>).</summary>
    public const string Rating = "rating";

    /// <summary>Elasticsearch only: every word of the text fields as a keyword, so the query rewriter can read the index's words.</summary>
    public const string Vocabulary = "vocabulary";

    /// <summary>The name folded to plain lower case, for the A–Z order.</summary>
    public const string NameSort = "name_sort";

    /// <summary>Text fields with their weight: name above producer and area, above category, above description.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Name, 5f), (Producer, 3f), (Area, 3f), (Category, 2f), (Description, 1f),
    ];

    /// <summary>
    /// Whether a word's form is looked for in a field: everywhere, but in names, producers, areas and categories only
    /// when the plan asks whether the words name a product, and for a word one typo away (in descriptions, "nag" read
    /// as "nắng" or "năm" found peanuts for "gao nag thom").
    /// </summary>
    public static bool Searched(QueryPlan plan, string field, MatchKind kind) =>
        field != Description || (!plan.ShortFieldsOnly && kind != MatchKind.Typo);

    /// <summary>
    /// Where the last word, still being typed, is looked for as the start of words: not in descriptions, where it
    /// found mostly noise and cost the most (a 100,000-product index: p95 of broad queries down by about a fifth).
    /// </summary>
    public static bool SearchedAsPrefix(string field) => field != Description;
}
