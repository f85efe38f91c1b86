namespace LongAnMarket.Web.Models;

public sealed record ProductPageModel(
    string Slug, string Name, IReadOnlyList<string> DescriptionParagraphs, int? OcopStars,
    LinkModel Category, LinkModel Area, LinkModel Producer,
    IReadOnlyList<VariantModel> Variants, IReadOnlyList<ImageModel> Images, IReadOnlyList<CertificationModel> Certifications,
    IReadOnlyList<ProductCardModel> Related, string CanonicalUrl, string JsonLd)
{
    /// <summary>The provenance page of the newest lot on sale, which the QR code on today's packages opens.</summary>
    public string? CurrentLotPath { get; init; }
    /// <summary>This producer's shipping fee per order, and the order total from which shipping is free (if any).</summary>
    public ShippingModel Shipping { get; init; } = new(0, null);
    /// <summary>The producer's returns policy as it applies to this product today.</summary>
    public ReturnTermsModel Returns { get; init; } = new(Core.Ordering.ReturnPolicy.MinimumOf(Core.Ordering.ReturnMinimum.Default), false, true);
    /// <summary>An alcoholic drink: sold only to buyers of 18 or older.</summary>
    public bool ContainsAlcohol { get; init; }
    /// <summary>"Thông tin trên nhãn": each label field the product gives, name first, in the label's order.</summary>
    public IReadOnlyList<(string Field, string Value)> Label { get; init; } = [];
    /// <summary>Buyers' reviews: the average, the count, the stars' spread and those shown (with photos first).</summary>
    public Reviews.ReviewSummaryModel Reviews { get; init; } = Web.Reviews.ReviewSummaryModel.None;
    /// <summary>Photos the gallery shows, cover first.</summary>
    public const int GalleryPhotos = 8;
    public long? CheapestInStockDong => Variants.Where(v => v.Stock > 0).Select(v => (long?)v.PriceDong).Min();
    public long MinPriceDong => Variants.Count == 0 ? 0 : Variants.Min(v => v.PriceDong);
    public bool InStock => Variants.Any(v => v.Stock > 0);
    public string? Summary => DescriptionParagraphs.FirstOrDefault();
}

public sealed record ShippingModel(long FeeDong, long? FreeFromDong);

/// <summary>A returns policy to show, and whether the goods it covers include fresh produce and goods that keep.</summary>
public sealed record ReturnTermsModel(Core.Ordering.ReturnPolicy Policy, bool Perishable, bool Keeping);

public sealed record VariantModel(int Id, string PackSize, long PriceDong, int Stock);

public sealed record CertificationModel(string Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil, bool IsExpired);
