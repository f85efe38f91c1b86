using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>Told of every committed status change and moderation, to let the producer know (the web app emails it).</summary>
public interface IProducerNotifier
{
    Task StatusChangedAsync(Producer producer, ProducerStatusChange change, CancellationToken ct);

    Task ProductUnpublishedAsync(Producer producer, string productName, ProductModeration moderation, CancellationToken ct);
}
