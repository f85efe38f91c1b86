using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LongAnMarket.Infrastructure.Data;

internal sealed class DatabaseHealthCheck(MarketDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} reachable")
                : HealthCheckResult.Unhealthy($"{db.Database.ProviderName} unreachable");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{db.Database.ProviderName} unreachable", ex);
        }
    }
}
