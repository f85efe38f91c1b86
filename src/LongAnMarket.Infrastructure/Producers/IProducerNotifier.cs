using LongAnMarket.Core.Producers;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>Told of every committed status change, to let the producer know (the web app emails it).</summary>
public interface IProducerNotifier
{
    Task StatusChangedAsync(Producer producer, ProducerStatusChange change, CancellationToken ct);
}
