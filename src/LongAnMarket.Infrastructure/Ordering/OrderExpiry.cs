using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Runs <see cref="OrderExpirer"/> every <see cref="PaymentOptions.ExpirySweepSeconds"/>.</summary>
public sealed class OrderExpiry(IServiceScopeFactory scopes, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderExpiry> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ExpirySweepSeconds), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OrderExpirer>().ExpireDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Expiring unpaid orders failed; trying again at the next sweep");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
