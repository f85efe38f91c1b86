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
    DateTimeOffset CreatedAt,
    int RatingCount = 0,
    int RatingStars = 0)
{
    /// <summary>
    /// The rating order's key, one number both engines sort by (descending): the average stars to six decimals, then
    /// the number of reviews; 0 without a review.
    /// </summary>
    public long RatingKey => RatingCount == 0 ? 0 : RatingStars * 1_000_000L / RatingCount * 10_000_000L + Math.Min(RatingCount, 9_999_999);

    /// <summary>Enough of the description to find a product by and to show a matching snippet.</summary>
    public const int MaxDescriptionLength = 2000;
}
