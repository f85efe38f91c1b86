using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Catalog;

namespace LongAnMarket.Web.Sellers;

/// <summary>The product form: a few pack-size and certificate rows, so it works without JavaScript; empty rows are ignored.</summary>
public sealed class ProductForm
{
    public const int NewVariantRows = 2;
    public const int NewCertificationRows = 1;

    /// <summary>The operating rules version ticked as accepted with this save, when one was waiting.</summary>
    public int? AcceptRules { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên sản phẩm.")]
    [StringLength(200, ErrorMessage = "Tên sản phẩm dài tối đa 200 ký tự.")]
    public string Name { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Vui lòng chọn danh mục.")]
    public int CategoryId { get; set; }

    [StringLength(Product.MaxDescriptionLength, ErrorMessage = "Mô tả quá dài.")]
    public string? Description { get; set; }

    /// <summary>An alcoholic drink (spirits, wine, beer): sold only to buyers of 18 or older.</summary>
    public bool ContainsAlcohol { get; set; }

    [StringLength(200, ErrorMessage = "Xuất xứ dài tối đa 200 ký tự.")] public string? LabelOrigin { get; set; }
    [StringLength(400, ErrorMessage = "Tổ chức, cá nhân chịu trách nhiệm dài tối đa 400 ký tự.")] public string? LabelResponsibleParty { get; set; }
    [StringLength(2000, ErrorMessage = "Thành phần dài tối đa 2000 ký tự.")] public string? LabelIngredients { get; set; }
    [StringLength(2000, ErrorMessage = "Hướng dẫn sử dụng dài tối đa 2000 ký tự.")] public string? LabelUsage { get; set; }
    [StringLength(1000, ErrorMessage = "Hướng dẫn bảo quản dài tối đa 1000 ký tự.")] public string? LabelStorage { get; set; }
    [StringLength(1000, ErrorMessage = "Cảnh báo dài tối đa 1000 ký tự.")] public string? LabelWarnings { get; set; }
    [StringLength(120, ErrorMessage = "Hạn sử dụng dài tối đa 120 ký tự.")] public string? LabelShelfLife { get; set; }

    public ProductLabel ToLabel() =>
        ProductLabel.Of(LabelOrigin, LabelResponsibleParty, LabelIngredients, LabelUsage, LabelStorage, LabelWarnings, LabelShelfLife);

    public void Show(ProductLabel label)
    {
        (LabelOrigin, LabelResponsibleParty, LabelIngredients, LabelUsage) = (label.Origin, label.ResponsibleParty, label.Ingredients, label.Usage);
        (LabelStorage, LabelWarnings, LabelShelfLife) = (label.Storage, label.Warnings, label.ShelfLife);
    }

    public List<VariantInput> Variants { get; set; } = [];
    public List<CertificationInput> Certifications { get; set; } = [];
    public List<int> RemoveCertificationIds { get; set; } = [];

    public ProductDraft ToDraft() => new(Name, CategoryId, Description ?? "",
        Variants.Where(v => !v.IsEmpty).Select(v => new VariantDraft(v.Id, v.PackSize ?? "", v.PriceDong ?? 0, v.Stock ?? 0,
            string.IsNullOrWhiteSpace(v.Gtin) ? null : v.Gtin)).ToList(),
        Certifications.Where(c => !c.IsEmpty).Select(c => new CertificationDraft(c.Kind, c.Number ?? "", c.Issuer ?? "",
            c.ValidFrom ?? DateOnly.MinValue, c.ValidUntil, c.Rating)).ToList(),
        RemoveCertificationIds, ContainsAlcohol, ToLabel());
}

public sealed class VariantInput
{
    public int? Id { get; set; }

    [StringLength(60)]
    public string? PackSize { get; set; }

    [Range(1, 1_000_000_000, ErrorMessage = "Giá phải từ 1 ₫ đến 1.000.000.000 ₫.")]
    public long? PriceDong { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Tồn kho phải từ 0 đến 1.000.000.")]
    public int? Stock { get; set; }

    [StringLength(20)]
    public string? Gtin { get; set; }

    public bool IsEmpty => Id is null && string.IsNullOrWhiteSpace(PackSize) && PriceDong is null && Stock is null && string.IsNullOrWhiteSpace(Gtin);
}

public sealed class CertificationInput
{
    public CertificationKind Kind { get; set; }

    [StringLength(60)]
    public string? Number { get; set; }

    [StringLength(200)]
    public string? Issuer { get; set; }

    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }

    /// <summary>An OCOP certificate's rating, as its decision states it.</summary>
    [Range(3, 5, ErrorMessage = "Hạng OCOP chỉ có thể là 3, 4 hoặc 5 sao.")]
    public int? OcopStars { get; set; }
    public OcopLevel? OcopLevel { get; set; }

    /// <summary>The rating as typed; the certificate refuses one on another kind, or one missing its level.</summary>
    public OcopRating? Rating => OcopStars is { } stars ? new OcopRating(stars, OcopLevel ?? 0) : null;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Issuer) && ValidFrom is null;
}

/// <param name="Awaiting">An OCOP certificate the trade office has not confirmed yet: it shows no stars.</param>
public sealed record ExistingCertification(int Id, string Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil,
    bool Awaiting = false);

public sealed record ProductFormPage(
    int? ProductId, string? Slug, ProductForm Form, IReadOnlyList<ExistingCertification> Existing,
    IReadOnlyList<LongAnMarket.Web.Factories.ReferenceData.Entry> Categories, IReadOnlyList<string> ExistingPackSizes,
    IReadOnlyList<SellerImageModel> Images)
{
    public string? Notice { get; init; }
    public string? Error { get; init; }
}

public sealed record SellerProductRow(
    int Id, string Name, string Slug, bool IsPublished, bool IsListed, long MinPriceDong, IReadOnlyList<PackStock> Stocks, bool LowStock, string? ModerationReason);

/// <summary>Stock of one pack size: a 1 kg bag and a 5 kg bag are never added together.</summary>
public sealed record PackStock(string PackSize, int Stock);

public sealed record SellerProductsPage(string ProducerName, bool CanSell, IReadOnlyList<SellerProductRow> Products, string? Notice, string? Error);

/// <summary>A photo as its producer manages it: with its ID, to remove it.</summary>
public sealed record SellerImageModel(int Id, string Url, int Width, int Height, string Alt);
