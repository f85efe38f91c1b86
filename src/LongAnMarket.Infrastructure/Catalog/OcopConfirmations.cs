using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Catalog;

public sealed record OcopAwaiting(int CertificateId, int ProductId, string ProductName, string ProductSlug, string ProducerName,
    string Number, string Issuer, DateOnly DecidedOn, DateOnly? ValidUntil, int? Stars, OcopLevel? Level);

/// <summary>
/// The trade office checks each OCOP certificate against its decision before the stars show: until then the listing
/// shows none, and a certificate that does not match the decision is struck off.
/// </summary>
public sealed class OcopConfirmations(MarketDbContext db, TimeProvider clock)
{
    public Task<List<OcopAwaiting>> AwaitingAsync(CancellationToken ct) =>
        (from c in db.Certifications.AsNoTracking()
         where c.Kind == CertificationKind.Ocop && c.ConfirmedOn == null
         join p in db.Products on c.ProductId equals (int?)p.Id
         where !p.IsDeleted
         join producer in db.Producers on p.ProducerId equals producer.Id
         orderby c.Id
         select new OcopAwaiting(c.Id, p.Id, p.Name, p.Slug, producer.Name, c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, c.OcopStars, c.OcopLevel))
        .ToListAsync(ct);

    public async Task ConfirmAsync(int certificateId, string actor, CancellationToken ct)
    {
        var product = await ProductOfAsync(certificateId, ct);
        var today = VietnamTime.Today(clock);
        product.Certifications.First(c => c.Id == certificateId).Confirm(actor, today);
        product.RefreshOcop(today);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Strikes off a certificate that does not match its decision; the listing keeps no stars from it.</summary>
    public async Task StrikeAsync(int certificateId, CancellationToken ct)
    {
        var product = await ProductOfAsync(certificateId, ct);
        if (!product.Certifications.First(c => c.Id == certificateId).AwaitsConfirmation) throw new DomainException("Chứng nhận này đã được xác nhận.");
        product.RemoveCertification(certificateId);
        product.RefreshOcop(VietnamTime.Today(clock));
        await db.SaveChangesAsync(ct);
    }

    private async Task<Product> ProductOfAsync(int certificateId, CancellationToken ct)
    {
        var productId = await db.Certifications.Where(c => c.Id == certificateId && c.Kind == CertificationKind.Ocop).Select(c => c.ProductId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Không tìm thấy chứng nhận OCOP này.");
        return await db.Products.Include(p => p.Certifications).FirstAsync(p => p.Id == productId, ct);
    }
}
