namespace LongAnMarket.Web.Models;

public sealed record ProducerPageModel(
    string Slug, string Name, IReadOnlyList<string> DescriptionParagraphs, LinkModel Area, string Address,
    string Phone, string Email, bool IsSuspended, IReadOnlyList<ProductCardModel> Products, string CanonicalUrl);

public sealed record ProducerListModel(IReadOnlyList<ProducerCardModel> Producers);
