namespace LongAnMarket.Web.Models;

public enum CatalogSort
{
    Newest,
    PriceAscending,
    PriceDescending,
    Name,
}

/// <summary>What a shopper asked the catalogue for, already validated.</summary>
public sealed record CatalogQuery
{
    public const int MaxPage = 10_000;

    public string? Text { get; init; }
    public string? Category { get; init; }
    public string? Area { get; init; }
    public int? OcopStars { get; init; }
    public long? MinPrice { get; init; }
    public long? MaxPrice { get; init; }
    public bool InStockOnly { get; init; }
    public CatalogSort Sort { get; init; } = CatalogSort.Newest;
    public int Page { get; init; } = 1;

    public static readonly IReadOnlyDictionary<CatalogSort, string> SortKeys = new Dictionary<CatalogSort, string>
    {
        [CatalogSort.Newest] = "newest",
        [CatalogSort.PriceAscending] = "price-asc",
        [CatalogSort.PriceDescending] = "price-desc",
        [CatalogSort.Name] = "name",
    };

    /// <summary>Query-string values for links that keep the current filters.</summary>
    public Dictionary<string, string?> ToRouteValues(int? page = null, bool includeCategory = true)
    {
        var values = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(Text)) values["q"] = Text;
        if (includeCategory && Category is not null) values["category"] = Category;
        if (Area is not null) values["area"] = Area;
        if (OcopStars is not null) values["ocop"] = OcopStars.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (MinPrice is not null) values["min"] = MinPrice.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (MaxPrice is not null) values["max"] = MaxPrice.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (InStockOnly) values["instock"] = "1";
        if (Sort != CatalogSort.Newest) values["sort"] = SortKeys[Sort];
        var target = page ?? Page;
        if (target > 1) values["page"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
