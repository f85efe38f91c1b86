using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>A producer's own certificates (the facility food-safety certificate, the alcohol licence), which cover all its products.</summary>
public sealed class ProducerCertificates(MarketDbContext db, ListingCertificates listings, TimeProvider clock)
{
    public Task<List<Certification>> OfAsync(int producerId, CancellationToken ct) =>
        db.Certifications.AsNoTracking().Where(c => c.ProducerId == producerId)
            .OrderBy(c => c.Kind).ThenByDescending(c => c.ValidFrom).ToListAsync(ct);

    public async Task<Certification> AddAsync(int producerId, CertificationDraft draft, CancellationToken ct)
    {
        if (!await db.Producers.AnyAsync(p => p.Id == producerId, ct)) throw new DomainException("Không tìm thấy doanh nghiệp.");
        var certificate = Certification.ForProducer(producerId, draft.Kind, draft.Number, draft.Issuer, draft.ValidFrom, draft.ValidUntil);
        db.Certifications.Add(certificate);
        await db.SaveChangesAsync(ct);
        return certificate;
    }

    /// <summary>Removes a certificate, unless a product on sale still needs it (a replacement is added first).</summary>
    public async Task RemoveAsync(int producerId, int certificateId, CancellationToken ct)
    {
        var certificate = await db.Certifications.FirstOrDefaultAsync(c => c.Id == certificateId && c.ProducerId == producerId, ct)
            ?? throw new DomainException("Không tìm thấy giấy này trong hồ sơ của bạn.");
        db.Certifications.Remove(certificate);
        var today = VietnamTime.Today(clock);
        var listed = await db.Products.Include(p => p.Certifications).Where(p => p.ProducerId == producerId && p.IsListed).ToListAsync(ct);
        var stranded = new List<string>();
        foreach (var product in listed)
            if (await StrandedAsync(product, certificate, today, ct)) stranded.Add(product.Name);
        if (stranded.Count > 0)
            throw new DomainException($"Không thể xoá: {string.Join(", ", stranded.Take(3))}{(stranded.Count > 3 ? $" và {stranded.Count - 3} sản phẩm khác" : "")} đang bán cần giấy này. Hãy thêm giấy mới trước.");
        await db.SaveChangesAsync(ct);
    }

    private async Task<bool> StrandedAsync(Product product, Certification removed, DateOnly today, CancellationToken ct)
    {
        var required = await db.Categories.Where(c => c.Id == product.CategoryId).Select(c => c.RequiredCertificates).FirstAsync(ct);
        var others = await db.Certifications.AsNoTracking().Where(c => c.ProducerId == product.ProducerId && c.Id != removed.Id).ToListAsync(ct);
        var before = await listings.MissingAsync(product, today, ct);
        var after = CertificateRequirements.Missing(required, product.ContainsAlcohol, product.Certifications.Concat(others), today);
        return after.Count > before.Count;
    }
}
