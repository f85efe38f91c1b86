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

    /// <summary>The name folded to plain lower case, for the A–Z order.</summary>
    public const string NameSort = "name_sort";

    /// <summary>Text fields with their weight: name above producer and area, above category, above description.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Name, 5f), (Producer, 3f), (Area, 3f), (Category, 2f), (Description, 1f),
    ];

    /// <summary>
    /// Typos and half-typed words are looked for in the short fields only: in descriptions they found mostly noise and
    /// cost the most (a 100,000-product index: p95 of broad queries down by about a fifth).
    /// </summary>
    public static bool ToleratesTypos(string field) => field != Description;

    /// <summary>
    /// How many index words one misspelt word may stand for (Elasticsearch's max_expansions), and how many of its first
    /// letters are taken as typed (prefix_length). On 100,000 products the expansions took about half of a broad query's
    /// time: text + 2 facets had a p95 of 7–8 ms without them and 15–18 ms with 20 and 0; 10 and 1 give 12.4–12.8 ms.
    /// The price: a typo in a word's first letter is not forgiven.
    /// </summary>
    public const int MaxTypoExpansions = 10;

    /// <inheritdoc cref="MaxTypoExpansions"/>
    public const int TypoPrefixLength = 1;
}
