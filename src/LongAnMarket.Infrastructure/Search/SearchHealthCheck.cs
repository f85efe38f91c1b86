using System.Globalization;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// "Healthy" when the engine answers and no change has waited more than 30 s to reach it; "degraded" otherwise:
/// search pages still work (from the database, or a little behind), so this never reports "unhealthy".
/// </summary>
internal sealed class SearchHealthCheck(ISearchEngine engine, SearchIndexer indexer, MarketDbContext db, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan TolerableLag = TimeSpan.FromSeconds(30);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = await engine.ProblemAsync(cancellationToken);
        if (problem is not null) return HealthCheckResult.Degraded($"{engine.Name} unavailable (search pages fall back to the database): {problem}");
        var lag = await SearchIndexer.LagAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return lag > TolerableLag
            ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"{engine.Name} answers but changes wait {lag.TotalSeconds:F0} s to reach it: {indexer.Problem ?? "catching up"}"))
            : HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"{engine.Name} answering; changes reach it (oldest waiting {lag.TotalSeconds:F1} s)"));
    }
}
