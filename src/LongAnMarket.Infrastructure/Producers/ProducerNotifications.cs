using LongAnMarket.Core.Producers;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>
/// Tells every <see cref="IProducerNotifier"/> of something already committed. The change stands whether or not a
/// message goes out: a mail server that is down is logged, never shown as a failure of the change.
/// </summary>
public sealed class ProducerNotifications(IEnumerable<IProducerNotifier> notifiers, ILogger<ProducerNotifications> log)
{
    public async Task SendAsync(Producer producer, string what, Func<IProducerNotifier, Task> send)
    {
        foreach (var notifier in notifiers)
        {
            try { await send(notifier); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Could not tell producer {ProducerId} {What}", producer.Id, what);
            }
        }
    }
}
