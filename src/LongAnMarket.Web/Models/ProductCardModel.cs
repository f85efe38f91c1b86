namespace LongAnMarket.Web.Models;

/// <summary>A product in a grid: home, catalogue, category and producer pages.</summary>
public sealed record ProductCardModel(
    string Slug, string Name, long MinPriceDong, bool InStock, int? OcopStars,
    string ProducerName, string AreaName, ImageModel? Image)
{
    /// <summary>The average of its visible reviews, null before the first.</summary>
    public double? Rating { get; init; }
    public int RatingCount { get; init; }
}

public sealed record ImageModel(string Url, int Width, int Height, string Alt);
