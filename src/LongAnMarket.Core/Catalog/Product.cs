using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Core.Catalog;

/// <summary>
/// A specialty product of one producer, sold in one or more pack sizes (variants).
/// The listing summary (lowest price, whether any pack is in stock) is kept on the product so that
/// catalogue pages sort and filter on one indexed table.
/// </summary>
public sealed class Product
{
    public const int MaxDescriptionLength = 8000;
    private readonly List<ProductVariant> _variants = [];
    private readonly List<ProductImage> _images = [];
    private readonly List<Certification> _certifications = [];
    private readonly List<ProductModeration> _moderations = [];

    private Product() { }

    public Product(int producerId, int categoryId, int originAreaId, string name, string slug,
        string description, DateTimeOffset createdAt)
    {
        ProducerId = producerId;
        CreatedAt = RecordedTime.From(createdAt);
        Rename(name, slug);
        Describe(description);
        Classify(categoryId, originAreaId);
    }

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    public Producer? Producer { get; private set; }
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public int OriginAreaId { get; private set; }
    public OriginArea? OriginArea { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    /// <summary>The name folded to lowercase ASCII, so both databases sort Vietnamese names alike.</summary>
    public string SortName { get; private set; } = "";
    public string Description { get; private set; } = "";
    /// <summary>
    /// The stars of its confirmed OCOP certificate in force (<see cref="RefreshOcop"/>), kept on the row for the badge,
    /// the facet and the search boost; never typed in.
    /// </summary>
    public int? OcopStars { get; private set; }
    /// <summary>
    /// An alcoholic drink: its page says it is sold only to adults, and an order holding it needs the buyer's
    /// confirmation of being 18 or older (Law on Prevention and Control of Harmful Effects of Alcoholic Beverages 2019).
    /// </summary>
    public bool ContainsAlcohol { get; private set; }
    /// <summary>
    /// Visible reviews: how many, and their stars added up (changed by an atomic UPDATE as reviews come and are hidden),
    /// kept on the row for cards, the product page and search's rating order.
    /// </summary>
    public int RatingCount { get; private set; }
    public int RatingStars { get; private set; }
    /// <summary>The average stars, or null before the first review.</summary>
    public double? Rating => RatingCount == 0 ? null : (double)RatingStars / RatingCount;
    /// <summary>The label's mandatory contents, shown on the product page.</summary>
    public ProductLabel Label { get; private set; } = new();
    public bool IsPublished { get; private set; }
    /// <summary>
    /// Published and its producer may sell: what shoppers see and buy. Kept on the row so listing queries read one
    /// table; it follows the producer's status when that changes (ProducerStatusService).
    /// </summary>
    public bool IsListed { get; private set; }
    public bool IsFeatured { get; private set; }
    /// <summary>Deleted by its producer: gone from every list, kept for the orders and lots that name it.</summary>
    public bool IsDeleted { get; private set; }
    public RecordedTime CreatedAt { get; private set; }
    public long MinPriceDong { get; private set; }
    public bool InStock { get; private set; }

    public IReadOnlyList<ProductVariant> Variants => _variants;
    public IReadOnlyList<ProductImage> Images => _images;
    public IReadOnlyList<Certification> Certifications => _certifications;
    public IReadOnlyList<ProductModeration> Moderations => _moderations;

    public void Rename(string name, string slug)
    {
        var cleaned = VietnameseText.Clean(name);
        if (cleaned.Length is 0 or > 200) throw new DomainException("Tên sản phẩm phải có từ 1 đến 200 ký tự.");
        if (!Common.Slug.IsValid(slug)) throw new DomainException($"Đường dẫn '{slug}' không hợp lệ.");
        Name = cleaned;
        SortName = VietnameseText.FoldDiacritics(cleaned).ToLowerInvariant();
        Slug = slug;
    }

    /// <summary>Plain text; line breaks are kept, markup is never rendered.</summary>
    public void Describe(string description)
    {
        var text = (description ?? "").Replace("\r\n", "\n").Trim();
        if (text.Length > MaxDescriptionLength) throw new DomainException($"Mô tả dài quá {MaxDescriptionLength} ký tự.");
        Description = text.Normalize(System.Text.NormalizationForm.FormC);
    }

    public void Classify(int categoryId, int originAreaId)
    {
        CategoryId = categoryId;
        OriginAreaId = originAreaId;
    }

    /// <summary>Takes the OCOP stars from the confirmed OCOP certificate in force on <paramref name="today"/>; whether they changed.</summary>
    public bool RefreshOcop(DateOnly today)
    {
        var stars = _certifications.Select(c => c.StarsOn(today)).Max();
        if (stars == OcopStars) return false;
        OcopStars = stars;
        return true;
    }

    public void MarkAlcohol(bool containsAlcohol) => ContainsAlcohol = containsAlcohol;

    public void Relabel(ProductLabel label) => Label = label;

    /// <summary>The label fields <paramref name="required"/> asks for that this product leaves out, in the label's order.</summary>
    public IReadOnlyList<LabelField> MissingLabelFields(LabelField required) =>
        LabelFields.InOrder.Where(f => required.HasFlag(f) && (f == LabelField.NetQuantity
            ? _variants.Count == 0 || _variants.Any(v => !v.PackSize.Any(char.IsDigit))
            : Label.Of(f) is null)).ToList();

    /// <summary>Refuses a listing whose label misses what its category requires, naming every missing field.</summary>
    public void EnsureLabelComplete(LabelField required)
    {
        var missing = MissingLabelFields(required);
        if (missing.Count == 0) return;
        var names = string.Join(", ", missing.Select(LabelFields.Name));
        throw new DomainException($"Danh mục này cần đủ thông tin trên nhãn trước khi đăng bán; còn thiếu: {names}.") { Field = "Label" };
    }

    public ProductVariant AddVariant(string packSize, long priceDong, int stock, string? gtin = null)
    {
        var cleaned = VietnameseText.Clean(packSize);
        if (_variants.Any(v => string.Equals(v.PackSize, cleaned, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"Quy cách '{cleaned}' đã có.");
        var variant = new ProductVariant(packSize, priceDong, stock, gtin, _variants.Count);
        _variants.Add(variant);
        RefreshListingSummary();
        return variant;
    }

    public void ChangeVariantPrice(int variantId, long priceDong)
    {
        FindVariant(variantId).SetPrice(priceDong);
        RefreshListingSummary();
    }

    /// <summary>Gives a pack size without its own GTIN one the marketplace assigned.</summary>
    public void AssignGtin(int variantId, string gtin14) => FindVariant(variantId).AssignGtin(gtin14);

    public void ChangeVariantStock(int variantId, int stock)
    {
        FindVariant(variantId).SetStock(stock);
        RefreshListingSummary();
    }

    public const int MaxImages = 8;

    /// <summary>Takes a photo off the product; the ones after it move up (the first is the cover). Returns it, for its files.</summary>
    public ProductImage RemoveImage(int imageId)
    {
        var image = _images.FirstOrDefault(i => i.Id == imageId) ?? throw new DomainException("Không tìm thấy ảnh này.");
        _images.Remove(image);
        var order = 0;
        foreach (var remaining in _images.OrderBy(i => i.SortOrder)) remaining.MoveTo(order++);
        return image;
    }

    /// <summary>The photos' new order after moving one (the first is the cover); throws for a photo the product does not have.</summary>
    public IReadOnlyList<int> ImageOrderAfter(int imageId, ImageMove move)
    {
        var ids = _images.OrderBy(i => i.SortOrder).Select(i => i.Id).ToList();
        var at = ids.IndexOf(imageId);
        if (at < 0) throw new DomainException("Không tìm thấy ảnh này.");
        var to = move switch
        {
            ImageMove.Cover => 0,
            ImageMove.Earlier => Math.Max(0, at - 1),
            _ => Math.Min(ids.Count - 1, at + 1),
        };
        ids.RemoveAt(at);
        ids.Insert(to, imageId);
        return ids;
    }

    /// <summary>Moves every photo out of the way of the others' places (a photo's place is unique), before <see cref="OrderImages"/>.</summary>
    public void ParkImages()
    {
        foreach (var image in _images) image.MoveTo(image.SortOrder + MaxImages);
    }

    public void OrderImages(IReadOnlyList<int> imageIds)
    {
        if (imageIds.Count != _images.Count || imageIds.Distinct().Count() != _images.Count || imageIds.Any(id => _images.All(i => i.Id != id)))
            throw new DomainException("Thứ tự ảnh không khớp với các ảnh của sản phẩm.");
        for (var place = 0; place < imageIds.Count; place++) _images.Single(i => i.Id == imageIds[place]).MoveTo(place);
    }

    public void AddImage(string path, int width, int height, string altText, string? thumbnailPath = null)
    {
        if (_images.Count >= MaxImages) throw new DomainException($"Mỗi sản phẩm có tối đa {MaxImages} ảnh.");
        _images.Add(new ProductImage(path, width, height, altText, _images.Count, thumbnailPath));
    }

    public Certification AddCertification(CertificationKind kind, string number, string issuer, DateOnly validFrom, DateOnly? validUntil,
        OcopRating? rating = null)
    {
        var certification = new Certification(kind, number, issuer, validFrom, validUntil, rating);
        _certifications.Add(certification);
        return certification;
    }

    public void Publish(Producer producer)
    {
        if (producer.Id != ProducerId) throw new DomainException("Sản phẩm này thuộc nhà sản xuất khác.");
        if (IsDeleted) throw new DomainException("Sản phẩm đã xoá không thể đăng bán.");
        if (_variants.Count == 0) throw new DomainException("Sản phẩm cần ít nhất một quy cách có giá trước khi đăng bán.");
        IsPublished = true;
        IsListed = producer.CanSell;
    }

    public void Unpublish() => IsPublished = IsListed = false;

    /// <summary>The trade office takes a published product off sale, with a reason the producer is shown.</summary>
    public ProductModeration UnpublishByModerator(string reason, string actor, DateTimeOffset at)
    {
        if (!IsPublished) throw new DomainException("Sản phẩm này đang không được đăng bán.");
        var moderation = new ProductModeration(reason, actor, at);
        _moderations.Add(moderation);
        Unpublish();
        return moderation;
    }

    public void Delete()
    {
        Unpublish();
        IsDeleted = true;
    }

    public void RemoveCertification(int certificationId)
    {
        var certification = _certifications.FirstOrDefault(c => c.Id == certificationId)
            ?? throw new DomainException("Không tìm thấy chứng nhận này.");
        _certifications.Remove(certification);
    }

    /// <summary>Follows a change of the producer's status for a product already in memory.</summary>
    public void FollowProducerStatus(Producer producer)
    {
        if (producer.Id != ProducerId) throw new DomainException("Sản phẩm này thuộc nhà sản xuất khác.");
        IsListed = IsPublished && producer.CanSell;
    }

    public void Feature(bool featured) => IsFeatured = featured;

    private ProductVariant FindVariant(int variantId) =>
        _variants.FirstOrDefault(v => v.Id == variantId) ?? throw new DomainException("Không tìm thấy quy cách này.");

    private void RefreshListingSummary()
    {
        MinPriceDong = _variants.Count == 0 ? 0 : _variants.Min(v => v.PriceDong);
        InStock = _variants.Any(v => v.Stock > 0);
    }
}
