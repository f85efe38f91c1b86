namespace LongAnMarket.Web.Models;

public sealed record ProducerPageModel(
    string Slug, string Name, IReadOnlyList<string> DescriptionParagraphs, LinkModel Area, string Address,
    string Phone, string Email, bool IsSuspended, IReadOnlyList<ProductCardModel> Products, string CanonicalUrl)
{
    /// <summary>The certificates its listed products hold today, each with the product it belongs to.</summary>
    public IReadOnlyList<ProducerCertificateModel> Certificates { get; init; } = [];

    /// <summary>The average of the visible reviews of all its listed products, and how many there are.</summary>
    public double? Rating { get; init; }
    public int RatingCount { get; init; }
    /// <summary>Median hours to its first answer of a buyer's message, over the last 30 days' threads; null under five.</summary>
    public double? MedianReplyHours { get; init; }

    /// <summary>The business's own photo, when it has uploaded one.</summary>
    public ImageModel? Photo { get; init; }
}

public sealed record ProducerCertificateModel(string Kind, string Number, string Issuer, DateOnly? ValidUntil, string ProductName, string ProductSlug);

public sealed record ProducerListModel(IReadOnlyList<ProducerCardModel> Producers);
