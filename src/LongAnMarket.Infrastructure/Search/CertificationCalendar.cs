using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Certifications start and lapse with the calendar, not with a save: once per Vietnamese day (and at start-up, looking
/// a week back to cover downtime) the products whose certification began or ended are written to the search outbox, so
/// the certification facet never offers a lapsed certificate.
/// </summary>
public sealed class CertificationCalendar(IServiceScopeFactory scopes, SearchIndexSignal signal, TimeProvider clock,
    ILogger<CertificationCalendar> logger) : DailyJob(clock, logger)
{
    private const int LookBackDays = 7;

    protected override string What => "Certification dates";

    protected override async Task RunDayAsync(DateOnly today, bool atStartUp, CancellationToken ct)
    {
        var queued = await QueueChangesAsync(today, atStartUp ? LookBackDays : 1, ct);
        if (queued > 0) logger.LogInformation("{Count} products re-indexed for certifications that began or lapsed", queued);
    }

    /// <summary>Writes outbox rows for products whose certification lapsed or began in the last <paramref name="days"/> days.</summary>
    public async Task<int> QueueChangesAsync(DateOnly today, int days, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var since = today.AddDays(-days);
        var lastValid = today.AddDays(-1);
        var productIds = await db.Certifications.AsNoTracking()
            .Where(c => (c.ValidUntil >= since && c.ValidUntil <= lastValid) || (c.ValidFrom > since && c.ValidFrom <= today))
            .Select(c => c.ProductId).Distinct().ToListAsync(ct);
        if (productIds.Count == 0) return 0;
        var now = Clock.GetUtcNow().UtcDateTime;
        db.AddRange(productIds.Select(id => SearchIndexChange.ForProduct(id, now)));
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return productIds.Count;
    }
}
