using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// Keeps each lot's verified record for <see cref="TraceabilityOptions.ReverifySeconds"/>, so a burst of scans of one
/// lot does not re-read and re-check its whole chain on every view. A kept record is shown only while the lot's own row,
/// read on every view, still holds exactly what was verified (a new event moves its chain head, a recall sets its
/// recall columns) and no record was written through the platform since (<see cref="TraceVersion"/>). A row edited behind
/// the platform's back is therefore never shown: the page keeps showing the record as verified until the next check,
/// which then reports it altered.
/// </summary>
public sealed class VerifiedLotCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly TraceVersion _version;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _lifetime;

    public VerifiedLotCache(TraceVersion version, TimeProvider clock, IOptions<TraceabilityOptions> traceability, IOptions<CachingOptions> caching)
    {
        _version = version;
        _clock = clock;
        _lifetime = caching.Value.Enabled ? TimeSpan.FromSeconds(traceability.Value.ReverifySeconds) : TimeSpan.Zero;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = traceability.Value.VerifiedLotsKept });
    }

    public async Task<VerifiedLot> GetAsync(LotRow current, Func<Task<VerifiedLot>> verify)
    {
        if (_lifetime == TimeSpan.Zero) return await verify();
        var version = _version.Current;
        if (_entries.TryGetValue(current.Id, out Entry? kept) && kept!.Version == version
            && _clock.GetUtcNow().UtcDateTime - kept.Record.VerifiedAtUtc < _lifetime && kept.Record.Lot.HoldsSameRecordAs(current))
            return kept.Record;
        var verified = await verify();
        if (verified.Lot.HoldsSameRecordAs(current)) // otherwise the lot changed between the two reads: show it, keep nothing
            _entries.Set(current.Id, new Entry(verified, version), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _lifetime });
        return verified;
    }

    public void Dispose() => _entries.Dispose();

    private sealed record Entry(VerifiedLot Record, long Version);
}
