using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Certifications start and lapse with the calendar, not with a save: once per Vietnamese day (and at start-up, looking
/// a week back to cover downtime) the products whose certification began or ended are written to the search outbox, so
/// the certification facet never offers a lapsed certificate.
/// </summary>
public sealed class CertificationCalendar(IServiceScopeFactory scopes, SearchIndexSignal signal, TimeProvider clock,
    ILogger<CertificationCalendar> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);
    private const int LookBackDays = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateOnly? done = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var today = VietnamTime.Today(clock);
            if (done != today)
            {
                try
                {
                    var queued = await QueueChangesAsync(today, done is null ? LookBackDays : 1, stoppingToken);
                    if (queued > 0) logger.LogInformation("{Count} products re-indexed for certifications that began or lapsed", queued);
                    done = today;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Certification dates not checked; trying again in an hour");
                }
            }
            try { await Task.Delay(CheckEvery, clock, stoppingToken); } catch (OperationCanceledException) { return; }
        }
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
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(productIds.Select(id => SearchIndexChange.ForProduct(id, now)));
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return productIds.Count;
    }
}
