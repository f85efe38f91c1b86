using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>
/// The certificates a listing needs while it is on sale: those its category requires (a facility food-safety
/// certificate, a self-declaration, an alcohol licence) and, for an alcoholic drink, the alcohol licence.
/// </summary>
public sealed class ListingCertificates(MarketDbContext db)
{
    /// <summary>Refuses to list <paramref name="product"/> (its certificates loaded) while a required certificate is missing or out of date.</summary>
    public async Task EnsureAsync(Product product, DateOnly today, CancellationToken ct)
    {
        var missing = await MissingAsync(product, today, ct);
        if (missing.Count == 0) return;
        var names = string.Join("; ", missing.Select(m => m.Name()));
        throw new DomainException($"Chưa thể bán sản phẩm này: cần {names} còn hiệu lực.") { Field = "Certifications" };
    }

    public async Task<IReadOnlyList<CertificateRequirement>> MissingAsync(Product product, DateOnly today, CancellationToken ct)
    {
        var required = await db.Categories.Where(c => c.Id == product.CategoryId).Select(c => c.RequiredCertificates).FirstOrDefaultAsync(ct);
        var producers = await db.Certifications.AsNoTracking().Where(c => c.ProducerId == product.ProducerId).ToListAsync(ct);
        return CertificateRequirements.Missing(required, product.ContainsAlcohol, product.Certifications.Concat(producers), today);
    }

    /// <summary>The listed products that lack, on <paramref name="today"/>, a valid certificate they need.</summary>
    public Task<List<int>> UncoveredListingsAsync(DateOnly today, CancellationToken ct)
    {
        var valid = db.Certifications.Where(c => c.ValidFrom <= today && (c.ValidUntil == null || c.ValidUntil >= today));
        return db.Products.Where(p => p.IsListed)
            .Where(p =>
                ((p.Category!.RequiredCertificates & CertificateRequirement.FoodSafetyFacility) != 0
                 && !valid.Any(c => (c.ProducerId == p.ProducerId && c.Kind == CertificationKind.FoodSafetyFacility)
                                    || (c.ProductId == p.Id && (c.Kind == CertificationKind.Haccp || c.Kind == CertificationKind.Iso22000))))
                || ((p.Category.RequiredCertificates & CertificateRequirement.SelfDeclaration) != 0
                    && !valid.Any(c => c.ProductId == p.Id && c.Kind == CertificationKind.SelfDeclaration))
                || (((p.Category.RequiredCertificates & CertificateRequirement.AlcoholLicence) != 0 || p.ContainsAlcohol)
                    && !valid.Any(c => c.ProducerId == p.ProducerId && c.Kind == CertificationKind.AlcoholLicence)))
            .Select(p => p.Id).ToListAsync(ct);
    }
}
