using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Complaints;

/// <summary>Sends complaints whose side stayed silent past its deadline to the trade office, every <see cref="ComplaintOptions.SweepSeconds"/>.</summary>
public sealed class ComplaintDeadlineJob(IServiceScopeFactory scopes, IOptions<ComplaintOptions> options, TimeProvider clock,
    ILogger<ComplaintDeadlineJob> logger) : PeriodicSweep(scopes, clock, logger)
{
    protected override TimeSpan Period => TimeSpan.FromSeconds(options.Value.SweepSeconds);

    protected override string Failure => "Escalating overdue complaints failed";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<ComplaintCases>().EscalateOverdueAsync(ct);
}
