using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Certificates start and lapse with the calendar, not with a save. Once per Vietnamese day (after downtime looking
/// a week back to cover downtime): products whose certificate began or ended take their OCOP stars afresh and are
/// written to the search outbox, so the badge, the facets and the boost never show a lapsed certificate; listings that
/// lost a certificate they need go off sale; and producers are reminded of certificates about to end.
/// </summary>
public sealed class CertificationCalendar(IServiceScopeFactory scopes, SearchIndexSignal signal, TimeProvider clock,
    CertificateTakedowns takedowns, CertificateReminders reminders, ILogger<CertificationCalendar> logger) : DailyJob(scopes, clock, logger)
{
    private const int LookBackDays = 7;

    protected override string What => "Certification dates";

    protected override Task RunDayAsync(DateOnly today, bool afterDowntime, CancellationToken ct) => RunAsync(today, afterDowntime ? LookBackDays : 1, ct);

    /// <summary>The work of <paramref name="today"/>, for certificates that began or ended in the last <paramref name="days"/> days.</summary>
    public async Task RunAsync(DateOnly today, int days, CancellationToken ct)
    {
        var queued = await QueueChangesAsync(today, days, ct);
        if (queued > 0) logger.LogInformation("{Count} products re-indexed for certifications that began or lapsed", queued);
        await takedowns.RunAsync(today, ct);
        await reminders.RunAsync(today, ct);
    }

    /// <summary>
    /// Gives the products whose certification lapsed or began in the last <paramref name="days"/> days their OCOP stars
    /// of <paramref name="today"/>, and writes their outbox rows.
    /// </summary>
    public async Task<int> QueueChangesAsync(DateOnly today, int days, CancellationToken ct)
    {
        using var scope = Scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var since = today.AddDays(-days);
        var lastValid = today.AddDays(-1);
        var productIds = await db.Certifications.AsNoTracking()
            .Where(c => (c.ValidUntil >= since && c.ValidUntil <= lastValid) || (c.ValidFrom > since && c.ValidFrom <= today))
            .Where(c => c.ProductId != null).Select(c => c.ProductId!.Value).Distinct().ToListAsync(ct);
        if (productIds.Count == 0) return 0;
        foreach (var chunk in productIds.Chunk(500))
        {
            foreach (var product in await db.Products.Include(p => p.Certifications).Where(p => chunk.Contains(p.Id)).ToListAsync(ct))
                product.RefreshOcop(today);
        }
        var now = Clock.GetUtcNow().UtcDateTime;
        db.AddRange(productIds.Select(id => SearchIndexChange.ForProduct(id, now)));
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return productIds.Count;
    }
}
