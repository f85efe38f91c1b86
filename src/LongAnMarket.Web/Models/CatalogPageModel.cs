namespace LongAnMarket.Web.Models;

public sealed record CatalogPageModel(
    string Title,
    string? Intro,
    CatalogQuery Query,
    IReadOnlyList<ProductCardModel> Products,
    int TotalCount,
    int PageSize,
    IReadOnlyList<LinkModel> Categories,
    IReadOnlyList<LinkModel> Areas,
    IReadOnlyList<string> Notices,
    string FormAction,
    bool CategoryFixed)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    public bool HasPrevious => Query.Page > 1;
    public bool HasNext => Query.Page < PageCount;

    /// <summary>How many products each OCOP rating would give (null: not counted), the other filters kept.</summary>
    public IReadOnlyDictionary<int, int?> OcopCounts { get; init; } = new Dictionary<int, int?>();

    public int? InStockCount { get; init; }
}
