using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// At start-up, on a migrated database: loads the signing keys (a configured key that cannot be read stops the app with
/// <see cref="TraceKeyUnavailableException"/>) and states in the head log the heads of lots sealed before it existed.
/// Then every minute reloads the keys, so a key made or rotated by another instance is used and published here too.
/// </summary>
public sealed class TraceKeyStartup(IServiceScopeFactory scopes, TraceKeyRing keys, TimeProvider clock, ILogger<TraceKeyStartup> logger)
    : BackgroundService
{
    private static readonly TimeSpan ReloadEvery = TimeSpan.FromMinutes(1);
    private bool _loaded;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
            // Before `migrate` has run there is nothing to sign or verify yet; keys load on first use then.
            if (!(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await keys.LoadAsync(cancellationToken);
                _loaded = true;
                var stated = await scope.ServiceProvider.GetRequiredService<TraceLog>().BackfillAsync(cancellationToken);
                if (stated > 0) logger.LogInformation("Head log: the heads of {Lots} lots sealed before it existed were stated.", stated);
            }
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_loaded) return;
        using var timer = new PeriodicTimer(ReloadEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await keys.ReloadAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Trace signing keys not reloaded; trying again in a minute");
            }
        }
    }
}
