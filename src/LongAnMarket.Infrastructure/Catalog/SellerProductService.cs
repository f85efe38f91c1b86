using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

public sealed record VariantDraft(int? Id, string PackSize, long PriceDong, int Stock, string? Gtin);

/// <summary>A certificate as its holder types it; an OCOP certificate carries its rating and may leave its end to the default term.</summary>
public sealed record CertificationDraft(CertificationKind Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil,
    OcopRating? Rating = null);

public sealed record ProductDraft(
    string Name, int CategoryId, string Description,
    IReadOnlyList<VariantDraft> Variants, IReadOnlyList<CertificationDraft> NewCertifications, IReadOnlyList<int> RemovedCertificationIds,
    bool ContainsAlcohol = false, ProductLabel? Label = null);

/// <summary>
/// A producer's own products: every operation names the producer and touches only its products, and applies the
/// whole change or none of it (the entity's rules run before anything is saved).
/// </summary>
public sealed class SellerProductService(MarketDbContext db, IFileStore media, TimeProvider clock, Compliance.OperatingRules rules,
    ListingCertificates certificates, Microsoft.Extensions.Options.IOptions<CertificateOptions> certificateOptions, ListingHistory history)
{
    /// <summary>Adds a photo, re-encoded to WebP at display and card sizes; a refused file leaves nothing behind.</summary>
    public async Task AddImageAsync(int producerId, int productId, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        await rules.EnsureAcceptedAsync(producerId, ct);
        var product = await db.Products.Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId && !p.IsDeleted, ct)
            ?? throw new DomainException("Không tìm thấy sản phẩm này trong gian hàng của bạn.");
        if (product.Images.Count >= Product.MaxImages) throw new DomainException($"Mỗi sản phẩm có tối đa {Product.MaxImages} ảnh.");
        var image = await ProductImageProcessor.ProcessAsync(bytes, fileName, ct);
        var stem = $"products/{product.Slug}/{Guid.NewGuid():N}";
        string display = stem + ".webp", thumbnail = stem + "-480.webp";
        try
        {
            await media.SaveAsync(display, new MemoryStream(image.Display), ct);
            await media.SaveAsync(thumbnail, new MemoryStream(image.Thumbnail), ct);
            product.AddImage(display, image.Width, image.Height, product.Name, thumbnail);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await media.DeleteAsync(display, CancellationToken.None);
            await media.DeleteAsync(thumbnail, CancellationToken.None);
            throw;
        }
        await history.RecordAsync(product.Id, ct);
    }

    /// <summary>Removes a photo of the producer's own product; its files go once the change is committed.</summary>
    public async Task RemoveImageAsync(int producerId, int productId, int imageId, CancellationToken ct = default)
    {
        await rules.EnsureAcceptedAsync(producerId, ct);
        var product = await db.Products.Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId && !p.IsDeleted, ct)
            ?? throw new DomainException("Không tìm thấy sản phẩm này trong gian hàng của bạn.");
        var removed = product.RemoveImage(imageId);
        await db.SaveChangesAsync(ct);
        await history.RecordAsync(productId, ct);
        await media.DeleteAsync(removed.Path, CancellationToken.None);
        if (removed.ThumbnailPath is { } thumbnail) await media.DeleteAsync(thumbnail, CancellationToken.None);
    }

    /// <summary>
    /// Moves a photo of the producer's own product (the first is the cover shoppers see). Two saves in one transaction:
    /// a photo's place is unique, so the photos step aside before they take their new places.
    /// </summary>
    public async Task MoveImageAsync(int producerId, int productId, int imageId, ImageMove move, CancellationToken ct = default)
    {
        await rules.EnsureAcceptedAsync(producerId, ct);
        await db.InTransactionAsync(async () =>
        {
            var product = await db.Products.Include(p => p.Images)
                .FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId && !p.IsDeleted, ct)
                ?? throw new DomainException("Không tìm thấy sản phẩm này trong gian hàng của bạn.");
            var order = product.ImageOrderAfter(imageId, move);
            product.ParkImages();
            await db.SaveChangesAsync(ct);
            product.OrderImages(order);
            await db.SaveChangesAsync(ct);
            return order;
        }, ct);
        await history.RecordAsync(productId, ct);
    }

    public async Task<Product> CreateAsync(int producerId, ProductDraft draft, CancellationToken ct = default)
    {
        var producer = await WorkingProducerAsync(producerId, ct);
        await CheckCategoryAsync(draft.CategoryId, ct);
        var stem = Slug.From(draft.Name);
        var taken = await db.Products.Where(p => p.Slug.StartsWith(stem)).Select(p => p.Slug).ToListAsync(ct);
        var product = new Product(producer.Id, draft.CategoryId, producer.OriginAreaId, draft.Name, Slug.Unique(draft.Name, taken.Contains),
            draft.Description, clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)));
        await ApplyAsync(product, draft, ct);
        db.Products.Add(product);
        await SaveAsync(ct);
        return product;
    }

    public async Task UpdateAsync(int producerId, int productId, ProductDraft draft, CancellationToken ct = default)
    {
        await WorkingProducerAsync(producerId, ct);
        await CheckCategoryAsync(draft.CategoryId, ct);
        var product = await OwnAsync(producerId, productId, ct);
        product.Rename(draft.Name, product.Slug); // the address stays: links and printed QR codes keep working
        product.Describe(draft.Description);
        product.Classify(draft.CategoryId, product.OriginAreaId);
        await ApplyAsync(product, draft, ct);
        if (product.IsPublished) await EnsureListableAsync(product, ct); // it stays on sale
        await SaveAsync(ct);
        await history.RecordAsync(productId, ct);
    }

    public async Task PublishAsync(int producerId, int productId, CancellationToken ct = default)
    {
        var producer = await WorkingProducerAsync(producerId, ct);
        var product = await OwnAsync(producerId, productId, ct);
        await EnsureListableAsync(product, ct);
        product.Publish(producer);
        await SaveAsync(ct);
        await history.RecordAsync(productId, ct);
    }

    /// <summary>What a product on sale must show and hold: its category's label contents and the certificates it needs.</summary>
    private async Task EnsureListableAsync(Product product, CancellationToken ct)
    {
        product.EnsureLabelComplete(await db.Categories.Where(c => c.Id == product.CategoryId).Select(c => c.RequiredLabelFields).FirstOrDefaultAsync(ct));
        await certificates.EnsureAsync(product, VietnamTime.Today(clock), ct);
    }

    public async Task UnpublishAsync(int producerId, int productId, CancellationToken ct = default)
    {
        (await OwnAsync(producerId, productId, ct)).Unpublish();
        await SaveAsync(ct);
    }

    public async Task DeleteAsync(int producerId, int productId, CancellationToken ct = default)
    {
        (await OwnAsync(producerId, productId, ct)).Delete();
        await SaveAsync(ct);
    }

    private async Task ApplyAsync(Product product, ProductDraft draft, CancellationToken ct)
    {
        product.MarkAlcohol(draft.ContainsAlcohol);
        if (draft.Label is not null) product.Relabel(draft.Label);
        var ownIds = product.Variants.Select(v => v.Id).ToList();
        foreach (var gtin in draft.Variants.Select(v => v.Gtin).OfType<string>())
        {
            var normalized = Gtin.Normalize(gtin) ?? throw new DomainException($"Mã GTIN '{gtin}' không hợp lệ (sai độ dài hoặc số kiểm tra).");
            if (await db.ProductVariants.AnyAsync(v => v.Gtin == normalized && !ownIds.Contains(v.Id), ct))
                throw new DomainException($"Mã GTIN {normalized} đã được dùng cho một sản phẩm khác.");
        }
        foreach (var variant in draft.Variants)
        {
            if (variant.Id is { } id)
            {
                product.ChangeVariantPrice(id, variant.PriceDong);
                product.ChangeVariantStock(id, variant.Stock);
            }
            else product.AddVariant(variant.PackSize, variant.PriceDong, variant.Stock, variant.Gtin);
        }
        foreach (var id in draft.RemovedCertificationIds) product.RemoveCertification(id);
        foreach (var c in draft.NewCertifications)
        {
            var until = c.ValidUntil ?? (c.Kind == CertificationKind.Ocop ? c.ValidFrom.AddMonths(certificateOptions.Value.OcopValidMonths) : null);
            product.AddCertification(c.Kind, c.Number, c.Issuer, c.ValidFrom, until, c.Rating);
        }
        product.RefreshOcop(VietnamTime.Today(clock)); // a new OCOP certificate shows its stars once the trade office confirms it
        if (product.Variants.Count == 0) throw new DomainException("Sản phẩm cần ít nhất một quy cách có giá.");
    }

    /// <summary>
    /// A producer that may change its listings: any but a rejected one (a pending producer prepares drafts), once it has
    /// accepted the operating rules in force.
    /// </summary>
    private async Task<Producer> WorkingProducerAsync(int producerId, CancellationToken ct)
    {
        await rules.EnsureAcceptedAsync(producerId, ct);
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == producerId, ct)
            ?? throw new DomainException("Không tìm thấy doanh nghiệp.");
        if (producer.Status == ProducerStatus.Rejected) throw new DomainException("Hồ sơ doanh nghiệp chưa được duyệt nên chưa thể quản lý sản phẩm.");
        return producer;
    }

    private async Task CheckCategoryAsync(int categoryId, CancellationToken ct)
    {
        if (!await db.Categories.AnyAsync(c => c.Id == categoryId, ct)) throw new DomainException("Vui lòng chọn danh mục trong danh sách.") { Field = "CategoryId" };
    }

    private async Task<Product> OwnAsync(int producerId, int productId, CancellationToken ct) =>
        await db.Products.Include(p => p.Variants).Include(p => p.Certifications)
            .FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId && !p.IsDeleted, ct)
        ?? throw new DomainException("Không tìm thấy sản phẩm này trong gian hàng của bạn.");

    private async Task SaveAsync(CancellationToken ct)
    {
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) // a GTIN or address taken by another request between the check and the save
        {
            throw new DomainException("Mã GTIN hoặc đường dẫn vừa được dùng cho sản phẩm khác. Vui lòng thử lại.");
        }
    }
}
