namespace LongAnMarket.Web.Models;

/// <summary>A product in a grid: home, catalogue, category and producer pages.</summary>
public sealed record ProductCardModel(
    string Slug, string Name, long MinPriceDong, bool InStock, int? OcopStars,
    string ProducerName, string AreaName, ImageModel? Image);

public sealed record ImageModel(string Url, int Width, int Height, string Alt);
