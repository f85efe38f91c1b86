using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>
/// The day after a certificate a listing needs has ended (or from the day its category starts to need one it lacks),
/// the listing goes off sale with the reason on the seller's product list and one email per product. The ended
/// certificate's own "ended" notice counts as sent, so the producer hears of it once.
/// </summary>
public sealed class CertificateTakedowns(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CertificateTakedowns> logger)
{
    /// <summary>Takes off sale what lacks a valid required certificate on <paramref name="today"/>; the number taken off.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var listings = scope.ServiceProvider.GetRequiredService<ListingCertificates>();
        var notifications = scope.ServiceProvider.GetRequiredService<ProducerNotifications>();
        var ids = await listings.UncoveredListingsAsync(today, ct);
        foreach (var id in ids)
        {
            var product = await db.Products.Include(p => p.Certifications).FirstAsync(p => p.Id == id, ct);
            var missing = await listings.MissingAsync(product, today, ct);
            if (missing.Count == 0) continue;
            var kinds = missing.Select(m => m.Kind()).ToHashSet();
            var ended = product.Certifications
                .Concat(await db.Certifications.Where(c => c.ProducerId == product.ProducerId).ToListAsync(ct))
                .Where(c => kinds.Contains(c.Kind) && c.ValidUntil < today).ToList();
            foreach (var certificate in ended) certificate.NoticeSent(CertificateNotices.Ended);
            var moderation = product.UnpublishByModerator(Reason(missing, ended), ProducerStatusChange.SystemActor, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == product.ProducerId, ct);
            await notifications.SendAsync(producer, $"of product {product.Id} taken off sale for its certificates",
                n => n.ProductUnpublishedAsync(producer, product.Name, moderation, ct));
        }
        if (ids.Count > 0) logger.LogInformation("{Count} listings taken off sale for a missing or ended certificate", ids.Count);
        return ids.Count;
    }

    private static string Reason(IReadOnlyList<CertificateRequirement> missing, IReadOnlyList<Certification> ended)
    {
        var parts = missing.Select(m => ended.Where(c => c.Kind == m.Kind()).MaxBy(c => c.ValidUntil) is { } last
            ? $"{m.Name()} số {last.Number} đã hết hạn ngày {last.ValidUntil:dd/MM/yyyy}"
            : $"chưa có {m.Name()} còn hiệu lực");
        return $"Tự động tạm ngừng bán: {string.Join("; ", parts)}. Cập nhật giấy còn hiệu lực rồi đăng bán lại.";
    }
}
