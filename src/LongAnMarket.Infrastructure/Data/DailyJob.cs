using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// Work done once per Vietnamese calendar day, on one instance: the day is looked at every hour by whichever instance
/// holds the job's lease, which does the day's work unless its lease says it was done already (by any instance), and a
/// day whose work failed is tried again the next hour.
/// </summary>
public abstract class DailyJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    protected TimeProvider Clock => clock;

    protected IServiceScopeFactory Scopes => scopes;

    /// <summary>What the job does, for the log ("Certification dates").</summary>
    protected abstract string What { get; }

    /// <summary>The job's lease: its class name.</summary>
    public string Lease => GetType().Name;

    /// <summary>The day's work; <paramref name="afterDowntime"/> when no instance did the previous day's (downtime may lie behind it).</summary>
    protected abstract Task RunDayAsync(DateOnly today, bool afterDowntime, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateOnly? done = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var today = VietnamTime.Today(clock);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
                if (await leases.TryClaimAsync(Lease, 2 * CheckEvery, stoppingToken) && done != today)
                {
                    var lastRun = (await leases.FindAsync(Lease, stoppingToken))?.LastRunAtUtc is { } at
                        ? DateOnly.FromDateTime(VietnamTime.FromUtc(at).DateTime) : (DateOnly?)null;
                    if (lastRun != today)
                    {
                        await RunDayAsync(today, lastRun is null || lastRun < today.AddDays(-1), stoppingToken);
                        await leases.RecordRunAsync(Lease, stoppingToken);
                    }
                    done = today;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{What} not done; trying again in an hour", What);
            }
            try { await Task.Delay(CheckEvery, clock, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await LeaseRelease.TryAsync(scopes, Lease, cancellationToken);
    }
}
