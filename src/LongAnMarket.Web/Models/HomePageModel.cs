namespace LongAnMarket.Web.Models;

public sealed record HomePageModel(
    IReadOnlyList<ProductCardModel> Featured,
    IReadOnlyList<ProductCardModel> Newest,
    IReadOnlyList<LinkModel> Categories,
    IReadOnlyList<ProducerCardModel> Producers);

public sealed record ProducerCardModel(string Slug, string Name, string AreaName, int ProductCount);
