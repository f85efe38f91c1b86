using LongAnMarket.Infrastructure.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// A background job that runs once at start and then every <see cref="Period"/>, each run in its own scope, on one
/// instance at a time: the instance holding the job's lease (<see cref="JobLeases"/>) runs it and renews the lease; the
/// others look each period and take over once the holder has stopped renewing.
/// </summary>
public abstract class PeriodicSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Period { get; }

    /// <summary>What the log says when a run fails; the next run tries again.</summary>
    protected abstract string Failure { get; }

    /// <summary>The job's lease: its class name.</summary>
    public string Lease => GetType().Name;

    /// <summary>How long a claimed lease lasts: two periods and a margin, so a holder renews it well before it ends.</summary>
    private TimeSpan Term => 2 * Period + TimeSpan.FromSeconds(10);

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
                if (!await leases.TryClaimAsync(Lease, Term, stoppingToken)) continue;
                await RunAsync(scope.ServiceProvider, stoppingToken);
                await leases.RecordRunAsync(Lease, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Failure}; trying again at the next run", Failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>A stopping instance hands its lease on at once (a deploy does not pause the job for a whole term).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await LeaseRelease.TryAsync(scopes, Lease, cancellationToken);
    }
}
