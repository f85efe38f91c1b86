using LongAnMarket.Core.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// Work done once per Vietnamese calendar day, and at start-up: the day is looked at every hour, and a day whose work
/// failed is tried again the next hour.
/// </summary>
public abstract class DailyJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromHours(1);

    protected TimeProvider Clock => clock;

    /// <summary>What the job does, for the log ("Certification dates").</summary>
    protected abstract string What { get; }

    /// <summary>The day's work; <paramref name="atStartUp"/> on the first run after the app started (downtime may lie behind it).</summary>
    protected abstract Task RunDayAsync(DateOnly today, bool atStartUp, CancellationToken ct);

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
                    await RunDayAsync(today, done is null, stoppingToken);
                    done = today;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "{What} not done; trying again in an hour", What);
                }
            }
            try { await Task.Delay(CheckEvery, clock, stoppingToken); } catch (OperationCanceledException) { return; }
        }
    }
}
