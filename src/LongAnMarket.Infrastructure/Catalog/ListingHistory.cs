using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

public sealed record PackPrice(string PackSize, long PriceDong, string? Gtin);

public sealed record PhotoHash(string Path, string? Sha256);

public sealed record LabelShown(string? Origin, string? ResponsibleParty, string? Ingredients, string? Usage, string? Storage,
    string? Warnings, string? ShelfLife)
{
    public static LabelShown Of(ProductLabel label) =>
        new(label.Origin, label.ResponsibleParty, label.Ingredients, label.Usage, label.Storage, label.Warnings, label.ShelfLife);
}

public sealed record CertificateShown(string Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil);

/// <summary>What a shopper sees of a listing (stock aside, which changes with every sale).</summary>
public sealed record ListingSnapshot(
    string Name, string Slug, string Category, string Description, bool ContainsAlcohol, int? OcopStars,
    IReadOnlyList<PackPrice> Packs, LabelShown Label, IReadOnlyList<CertificateShown> Certificates, IReadOnlyList<PhotoHash> Photos);

/// <summary>
/// Keeps every version of a listing shoppers saw: after each change a producer makes to a listed product, the listing
/// is written down again unless it reads exactly as the last version.
/// </summary>
public sealed class ListingHistory(MarketDbContext db, IFileStore media, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Records the listing of <paramref name="productId"/> as it stands, if it is on sale and changed; whether a version was added.</summary>
    public async Task<bool> RecordAsync(int productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().AsSplitQuery().Include(p => p.Variants).Include(p => p.Images).Include(p => p.Certifications)
            .Include(p => p.Category).FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is not { IsListed: true }) return false;
        var producerCertificates = await db.Certifications.AsNoTracking().Where(c => c.ProducerId == product.ProducerId).ToListAsync(ct);
        var photos = new List<PhotoHash>();
        foreach (var image in product.Images.OrderBy(i => i.SortOrder)) photos.Add(new PhotoHash(image.Path, await HashAsync(image.Path, ct)));
        var snapshot = new ListingSnapshot(product.Name, product.Slug, product.Category?.Name ?? "", product.Description, product.ContainsAlcohol,
            product.OcopStars,
            product.Variants.OrderBy(v => v.SortOrder).Select(v => new PackPrice(v.PackSize, v.PriceDong, v.Gtin)).ToList(),
            LabelShown.Of(product.Label),
            product.Certifications.Where(c => !c.AwaitsConfirmation).Concat(producerCertificates).OrderBy(c => c.Kind).ThenBy(c => c.Number)
                .Select(c => new CertificateShown(c.Kind.ToString(), c.Number, c.Issuer, c.ValidFrom, c.ValidUntil)).ToList(),
            photos);
        var text = JsonSerializer.Serialize(snapshot, Json);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var last = await db.ListingVersions.Where(v => v.ProductId == productId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Sha256 }).FirstOrDefaultAsync(ct);
        if (last?.Sha256 == sha) return false;
        db.ListingVersions.Add(new ListingVersion(productId, (last?.Number ?? 0) + 1, clock.GetUtcNow().UtcDateTime, text, sha));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<string?> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = await media.OpenReadAsync(path, ct);
        return stream is null ? null : Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
