using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Web.Factories;

/// <summary>
/// Everything /p/{slug} shows of one product, as <see cref="ProductPageReader"/> reads it. Each collection carries
/// its sort key and is ordered in memory.
/// </summary>
public sealed record ProductDetailRow
{
    public int Id { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public int? OcopStars { get; init; }
    public int CategoryId { get; init; }
    public string CategorySlug { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public string CategoryNameEn { get; init; } = "";
    public string OriginAreaSlug { get; init; } = "";
    public string OriginAreaName { get; init; } = "";
    public int ProducerId { get; init; }
    public string ProducerSlug { get; init; } = "";
    public string ProducerName { get; init; } = "";
    public long ShippingFeeDong { get; init; }
    public long? FreeShippingFromDong { get; init; }
    public bool Perishable { get; init; }
    public int RatingCount { get; init; }
    public int RatingStars { get; init; }
    public Core.Ordering.ReturnPolicy Returns { get; init; } = Core.Ordering.ReturnPolicy.MinimumOf(Core.Ordering.ReturnMinimum.Default);
    public bool ContainsAlcohol { get; init; }
    public Core.Catalog.ProductLabel Label { get; init; } = new();
    public List<VariantRow> Variants { get; init; } = [];
    public List<ImageRow> Images { get; init; } = [];
    public List<CertificationRow> Certifications { get; init; } = [];
}

public sealed record VariantRow
{
    public int Id { get; init; }
    public int SortOrder { get; init; }
    public string PackSize { get; init; } = "";
    public long PriceDong { get; init; }
    public int Stock { get; init; }
}

public sealed record ImageRow
{
    public int SortOrder { get; init; }
    public string Path { get; init; } = "";
    public int Width { get; init; }
    public int Height { get; init; }
    public string AltText { get; init; } = "";
}

public sealed record CertificationRow
{
    public int Id { get; init; }
    public CertificationKind Kind { get; init; }
    public string Number { get; init; } = "";
    public string Issuer { get; init; } = "";
    public DateOnly ValidFrom { get; init; }
    public DateOnly? ValidUntil { get; init; }
}
