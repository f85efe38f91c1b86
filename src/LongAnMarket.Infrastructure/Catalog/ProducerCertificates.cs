using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>A producer's own certificates (the facility food-safety certificate, the alcohol licence), which cover all its products.</summary>
public sealed class ProducerCertificates(MarketDbContext db, TimeProvider clock)
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
        var held = await db.Certifications.Where(c => c.ProducerId == producerId).ToListAsync(ct);
        var certificate = held.FirstOrDefault(c => c.Id == certificateId) ?? throw new DomainException("Không tìm thấy giấy này trong hồ sơ của bạn.");
        var others = held.Where(c => c != certificate).ToList();
        var today = VietnamTime.Today(clock);
        var listed = await db.Products.AsNoTracking().Include(p => p.Certifications).Include(p => p.Category)
            .Where(p => p.ProducerId == producerId && p.IsListed).ToListAsync(ct);
        var stranded = listed.Where(p =>
                CertificateRequirements.Missing(p.Category!.RequiredCertificates, p.ContainsAlcohol, p.Certifications.Concat(others), today).Count >
                CertificateRequirements.Missing(p.Category.RequiredCertificates, p.ContainsAlcohol, p.Certifications.Concat(held), today).Count)
            .Select(p => p.Name).ToList();
        if (stranded.Count > 0)
        {
            var names = string.Join(", ", stranded.Take(3)) + (stranded.Count > 3 ? $" (+{stranded.Count - 3})" : "");
            throw new DomainException($"Không thể gỡ: {names} đang bán cần giấy này. Hãy thêm giấy mới trước.");
        }
        db.Certifications.Remove(certificate);
        await db.SaveChangesAsync(ct);
    }
}
