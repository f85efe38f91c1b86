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

    /// <summary>
    /// The listed products that lack, on <paramref name="today"/>, a valid certificate they need. One query per kind of
    /// requirement, each against the set of holders of a valid certificate (materialised once, not per product), so the
    /// daily run stays well under a second at 100,000 listings on MariaDB.
    /// </summary>
    public async Task<List<int>> UncoveredListingsAsync(DateOnly today, CancellationToken ct)
    {
        var requiring = await db.Categories.Select(c => new { c.Id, c.RequiredCertificates }).ToListAsync(ct);
        List<int> Requiring(CertificateRequirement r) => requiring.Where(c => c.RequiredCertificates.HasFlag(r)).Select(c => c.Id).ToList();
        var valid = db.Certifications.Where(c => c.ValidFrom <= today && (c.ValidUntil == null || c.ValidUntil >= today));
        IQueryable<int> HoldingProducers(CertificationKind kind) =>
            valid.Where(c => c.Kind == kind && c.ProducerId != null).Select(c => c.ProducerId!.Value);
        IQueryable<int> HoldingProducts(params CertificationKind[] kinds) =>
            valid.Where(c => kinds.Contains(c.Kind) && c.ProductId != null).Select(c => c.ProductId!.Value);
        var listed = db.Products.Where(p => p.IsListed);
        var uncovered = new HashSet<int>();

        var facility = Requiring(CertificateRequirement.FoodSafetyFacility);
        var certifiedFacilities = HoldingProducers(CertificationKind.FoodSafetyFacility);
        var exemptProducts = HoldingProducts(CertificationKind.Haccp, CertificationKind.Iso22000);
        if (facility.Count > 0)
            uncovered.UnionWith(await listed.Where(p => facility.Contains(p.CategoryId)
                    && !certifiedFacilities.Contains(p.ProducerId) && !exemptProducts.Contains(p.Id))
                .Select(p => p.Id).ToListAsync(ct));
        var declared = Requiring(CertificateRequirement.SelfDeclaration);
        var declaredProducts = HoldingProducts(CertificationKind.SelfDeclaration);
        if (declared.Count > 0)
            uncovered.UnionWith(await listed.Where(p => declared.Contains(p.CategoryId) && !declaredProducts.Contains(p.Id))
                .Select(p => p.Id).ToListAsync(ct));
        var spirits = Requiring(CertificateRequirement.AlcoholLicence);
        var licensedProducers = HoldingProducers(CertificationKind.AlcoholLicence);
        uncovered.UnionWith(await listed.Where(p => (p.ContainsAlcohol || spirits.Contains(p.CategoryId)) && !licensedProducers.Contains(p.ProducerId))
            .Select(p => p.Id).ToListAsync(ct));
        return uncovered.Order().ToList();
    }
}
