using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Tests.Infrastructure.Traceability;

public sealed class ScanQueueTests
{
    [Fact]
    public void A_burst_beyond_the_queue_capacity_is_counted_and_dropped_instead_of_held_in_memory()
    {
        var queue = new ScanQueue(Options.Create(new TraceabilityOptions { ScanQueueCapacity = 100 }));
        for (var i = 0; i < 150; i++) queue.Record(new ScanEntry(1, null, DateTime.UtcNow, "0123456789abcdef", ScanDevice.Phone));
        Assert.Equal(100, queue.Waiting);
        Assert.Equal(50, queue.Dropped);
    }
}
