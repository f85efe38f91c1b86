using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>
/// Run each day by <see cref="Search.CertificationCalendar"/>: the producer whose certificate (its own, or one of its
/// products') ends is told 90 days ahead, 30 days ahead, and the day after it ended; each notice once. A certificate
/// that ended more than a week before this ran is left alone (an upgrade does not mail about last year's certificates).
/// </summary>
public sealed class CertificateReminders(IServiceScopeFactory scopes, ILogger<CertificateReminders> logger)
{
    private const int LookBackDays = 7;

    /// <summary>Sends the notices due on <paramref name="today"/>; the number sent.</summary>
    public async Task<int> RunAsync(DateOnly today, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var notifications = scope.ServiceProvider.GetRequiredService<ProducerNotifications>();
        DateOnly from = today.AddDays(-LookBackDays), to = today.AddDays(90);
        var ending = db.Certifications
            .Where(c => c.ValidUntil >= from && c.ValidUntil <= to && c.NoticesSent != (CertificateNotices.NinetyDays | CertificateNotices.ThirtyDays | CertificateNotices.Ended));
        var due = await ending
            .Join(db.Products.Where(p => !p.IsDeleted), c => c.ProductId, p => p.Id, (c, p) => new { Certificate = c, Name = (string?)p.Name, p.ProducerId })
            .Concat(ending.Where(c => c.ProducerId != null).Select(c => new { Certificate = c, Name = (string?)null, ProducerId = c.ProducerId!.Value }))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var item in due)
        {
            var notice = item.Certificate.DueNotice(today);
            if (notice == CertificateNotices.None) continue;
            item.Certificate.NoticeSent(notice);
            await db.SaveChangesAsync(ct); // recorded first: a mail server that is down never makes it send twice
            var producer = await db.Producers.AsNoTracking().FirstAsync(p => p.Id == item.ProducerId, ct);
            await notifications.SendAsync(producer, $"of certificate {item.Certificate.Id} ending",
                n => n.CertificateEndingAsync(producer, item.Name, item.Certificate, notice, ct));
            sent++;
        }
        if (sent > 0) logger.LogInformation("{Count} certificate notices sent", sent);
        return sent;
    }
}
