using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>A background job that runs once at start and then every <see cref="Period"/>, each run in its own scope.</summary>
public abstract class PeriodicSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Period { get; }

    /// <summary>What the log says when a run fails; the next run tries again.</summary>
    protected abstract string Failure { get; }

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "{Failure}; trying again at the next run", Failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
