using Microsoft.Extensions.Hosting;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>At start-up, before the indexer: an app whose Lucene folder another process holds refuses to start.</summary>
internal sealed class LuceneFolderClaim(LuceneIndex index) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.ClaimFolder();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
