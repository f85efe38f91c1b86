using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Runs <see cref="OrderExpirer"/> every <see cref="PaymentOptions.ExpirySweepSeconds"/>.</summary>
public sealed class OrderExpiry(IServiceScopeFactory scopes, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderExpiry> logger)
    : PeriodicSweep(scopes, clock, logger)
{
    protected override TimeSpan Period => TimeSpan.FromSeconds(options.Value.ExpirySweepSeconds);

    protected override string Failure => "Expiring unpaid orders failed";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<OrderExpirer>().ExpireDueAsync(ct);
}
