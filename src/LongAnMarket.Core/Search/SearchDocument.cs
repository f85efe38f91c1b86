namespace LongAnMarket.Core.Search;

/// <summary>What the search engines hold for one listed product: the text it is found by and the values it is filtered by.</summary>
public sealed record SearchDocument(
    int ProductId,
    string Name,
    string ProducerName,
    string AreaName,
    string AreaSlug,
    string CategoryName,
    string CategorySlug,
    string Description,
    int? OcopStars,
    IReadOnlyList<string> Certifications,
    long MinPriceDong,
    bool InStock,
    DateTimeOffset CreatedAt)
{
    /// <summary>Enough of the description to find a product by and to show a matching snippet.</summary>
    public const int MaxDescriptionLength = 2000;
}
