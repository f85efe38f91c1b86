using System.Threading.Channels;
using LongAnMarket.Core.Traceability;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>A scan waiting to be written: any view of a lot's or a sticker's page, which never confirms a sticker.</summary>
public sealed record ScanEntry(int LotId, long? SerialId, DateTime AtUtc, string ClientHash, ScanDevice Device);

/// <summary>
/// Bounded hand-off between provenance pages and <see cref="ScanWriter"/>: recording is a non-blocking write, and
/// when a burst outruns the database the overflow is counted and dropped instead of growing memory.
/// </summary>
public sealed class ScanQueue(IOptions<TraceabilityOptions> options)
{
    private readonly Channel<ScanEntry> _channel = Channel.CreateBounded<ScanEntry>(new BoundedChannelOptions(options.Value.ScanQueueCapacity)
    {
        // Wait, not DropWrite: with DropWrite TryWrite reports success for the item it drops, so nothing could count it.
        // Record never waits either way: it uses TryWrite, which fails at once when the queue is full.
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });
    private long _dropped;

    public long Dropped => Interlocked.Read(ref _dropped);
    public int Waiting => _channel.Reader.Count;
    internal ChannelReader<ScanEntry> Reader => _channel.Reader;

    public void Record(ScanEntry entry)
    {
        if (!_channel.Writer.TryWrite(entry)) Interlocked.Increment(ref _dropped);
    }

    internal void Complete() => _channel.Writer.TryComplete();
}
