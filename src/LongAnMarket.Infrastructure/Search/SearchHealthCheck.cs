using System.Globalization;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Instances;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// "Healthy" when the engine answers and no change has waited more than <see cref="SearchOptions.MaxLagSeconds"/> to
/// reach this instance's index; "degraded" otherwise: search pages still work (from the database, or a little behind),
/// so this never reports "unhealthy". Its data name every index reading the outbox and how far behind each is.
/// </summary>
internal sealed class SearchHealthCheck(ISearchEngine engine, SearchIndexer indexer, MarketDbContext db, SearchOutboxReaders readers,
    InstanceIdentity instance, IOptions<SearchOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = await engine.ProblemAsync(cancellationToken);
        if (problem is not null) return HealthCheckResult.Degraded($"{engine.Name} unavailable (search pages fall back to the database): {problem}");
        var position = await indexer.PositionAsync(readers, cancellationToken);
        var (behind, lag) = await indexer.LagAsync(db, readers, cancellationToken);
        var all = await readers.AllAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["reader"] = engine.Reader,
            ["instance"] = instance.Name,
            ["position"] = position ?? 0,
            ["behind"] = behind,
            ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1),
            ["readers"] = all.Select(r => new Dictionary<string, object>
            {
                ["reader"] = r.Reader,
                ["instance"] = r.Instance,
                ["position"] = r.Position,
                ["behind"] = r.Behind,
                ["lagSeconds"] = Math.Round(r.Lag.TotalSeconds, 1),
                ["seenAtUtc"] = r.SeenAtUtc.ToString("O", CultureInfo.InvariantCulture),
            }).ToList(),
        };
        var maxLag = TimeSpan.FromSeconds(options.Value.MaxLagSeconds);
        return lag > maxLag
            ? HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"{engine.Name} answers but {behind} changes wait up to {lag.TotalSeconds:F0} s to reach {engine.Reader}: {indexer.Problem ?? "catching up"}"),
                data: data)
            : HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture,
                $"{engine.Name} answering; {engine.Reader} is at outbox row {position ?? 0}, {behind} changes waiting (oldest {lag.TotalSeconds:F1} s)"),
                data);
    }
}
