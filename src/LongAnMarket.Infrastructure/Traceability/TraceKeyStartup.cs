using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// At start-up, on a migrated database: loads the signing keys (a configured key that cannot be read stops the app with
/// <see cref="TraceKeyUnavailableException"/>) and states in the head log the heads of lots sealed before it existed.
/// </summary>
public sealed class TraceKeyStartup(IServiceScopeFactory scopes, TraceKeyRing keys, ILogger<TraceKeyStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        // Before `migrate` has run there is nothing to sign or verify yet; keys load on first use then.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()) return;
        await keys.LoadAsync(cancellationToken);
        var stated = await scope.ServiceProvider.GetRequiredService<TraceLog>().BackfillAsync(cancellationToken);
        if (stated > 0) logger.LogInformation("Head log: the heads of {Lots} lots sealed before it existed were stated.", stated);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
