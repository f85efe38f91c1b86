using System.Diagnostics;
using System.Threading.RateLimiting;
using LongAnMarket.Infrastructure.Instances;
using StackExchange.Redis;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// A fixed window counted in Redis, so every instance counts one client's posts together (Redis configured): the first
/// post of a window creates the client's key with the window as its life, every post adds one in the same atomic
/// script, and a post past the limit is refused. While Redis cannot answer, this instance counts the window alone,
/// as it does without Redis: a limit never fails a request, and never lets an outage lift it altogether.
/// </summary>
public sealed class SharedWindowLimiter : RateLimiter
{
    private const string CountScript = """
        local count = redis.call('INCR', KEYS[1])
        if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);

    private readonly RedisConnection _redis;
    private readonly RedisKey _key;
    private readonly int _permits;
    private readonly long _windowMilliseconds;
    private readonly FixedWindowRateLimiter _alone;
    private long _lastUsed = Stopwatch.GetTimestamp();

    public SharedWindowLimiter(RedisConnection redis, string partition, int permits, TimeSpan window)
    {
        _redis = redis;
        _key = redis.Prefix + "limit:" + partition;
        _permits = permits;
        _windowMilliseconds = (long)window.TotalMilliseconds;
        _alone = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }

    /// <summary>The count lives in Redis, so an idle limiter may go; not while this instance's own window counts posts.</summary>
    public override TimeSpan? IdleDuration => _alone.IdleDuration is null ? null : Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Never grants without asking Redis: the rate-limiting middleware then asks again through <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Refused;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0) return Granted;
        return await _redis.TryAsync(async database =>
                (long)await database.ScriptEvaluateAsync(CountScript, [_key], [_windowMilliseconds]) <= _permits ? Granted : Refused,
            () => _alone.AttemptAcquire(permitCount));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _alone.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
