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
}
