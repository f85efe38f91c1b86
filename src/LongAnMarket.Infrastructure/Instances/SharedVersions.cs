using System.Globalization;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// Keeps the catalogue, trace and commune versions equal on every instance (Redis configured). Each is a number in Redis.
/// A change saved here moves the local counter at once, then moves Redis's number past both its own value and this
/// instance's (so no two instances ever key different data under one number) and publishes it; every instance
/// subscribes and moves its counter up to what it hears, never back. Cache keys carry these numbers, so every instance
/// retires what it cached before the change at the same moment, and instances sharing pages in Redis agree on their keys.
/// Hearing a number below its own (Redis restarted empty, an instance that was cut off) makes an instance announce one
/// past both, so nobody stays behind; every few seconds each instance also reads the numbers again (or announces the
/// changes it could not announce while Redis was away), which makes good any message lost to a dropped connection.
/// </summary>
public sealed class SharedVersions : BackgroundService
{
    /// <summary>How often the numbers are read again, in case a message was lost.</summary>
    public static readonly TimeSpan Resync = TimeSpan.FromSeconds(5);

    // Moves the number past both Redis's and the caller's, and tells every instance.
    private const string BumpScript = """
        local next = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), tonumber(ARGV[1])) + 1
        redis.call('SET', KEYS[1], next)
        redis.call('PUBLISH', ARGV[2], ARGV[3] .. ':' .. next .. ':' .. ARGV[4])
        return next
        """;

    // Raises the number to the caller's when Redis is behind it (telling every instance); returns the number.
    private const string SyncScript = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        local mine = tonumber(ARGV[1])
        if mine <= current then return current end
        redis.call('SET', KEYS[1], mine)
        redis.call('PUBLISH', ARGV[2], ARGV[3] .. ':' .. mine .. ':' .. ARGV[4])
        return mine
        """;

    private readonly RedisConnection _redis;
    private readonly ILogger<SharedVersions> _logger;
    private readonly (string Name, ChangeCounter Counter)[] _versions;
    private readonly int[] _unannounced;
    private readonly string _me = Guid.NewGuid().ToString("N");
    private ChannelMessageQueue? _subscription;

    public SharedVersions(RedisConnection redis, CatalogVersion catalog, TraceVersion trace, CommuneVersion communes, ILogger<SharedVersions> logger)
    {
        _redis = redis;
        _logger = logger;
        _versions = [("catalog", catalog), ("trace", trace), ("communes", communes)];
        _unannounced = new int[_versions.Length];
    }

    private RedisChannel Channel => RedisChannel.Literal(_redis.Prefix + "versions");

    private RedisKey Key(int index) => _redis.Prefix + "version:" + _versions[index].Name;

    /// <summary>Before the app serves its first request: connected (or trying), subscribed, and at the numbers every instance holds.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _redis.ConnectAsync();
        for (var i = 0; i < _versions.Length; i++)
        {
            var index = i;
            _versions[i].Counter.Broadcast = () => AnnounceAsync(index);
        }
        await SyncAsync();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Resync);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try { await SyncAsync(); }
                catch (Exception ex) when (ex is not OperationCanceledException) // Redis failures fall back inside; anything else waits a round
                {
                    _logger.LogWarning(ex, "The shared versions could not be read again; trying in {Resync}", Resync);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var (_, counter) in _versions) counter.Broadcast = null;
        if (_subscription is { } subscription) await _redis.TryAsync(_ => subscription.UnsubscribeAsync());
        await base.StopAsync(cancellationToken);
    }

    /// <summary>Tells every instance of a change made here; when Redis cannot be reached, the next resync will.</summary>
    private async Task AnnounceAsync(int index)
    {
        var counter = _versions[index].Counter;
        var mine = counter.Current;
        var announced = await _redis.TryAsync(async database =>
            (long)await database.ScriptEvaluateAsync(BumpScript, [Key(index)], [mine, Channel.ToString(), _versions[index].Name, _me]), () => -1L);
        if (announced < 0) Volatile.Write(ref _unannounced[index], 1);
        else counter.MoveTo(announced);
    }

    private async Task SyncAsync()
    {
        if (_subscription is null && _redis.Multiplexer is { } multiplexer)
            await _redis.TryAsync(async _ =>
            {
                var subscription = await multiplexer.GetSubscriber().SubscribeAsync(Channel);
                subscription.OnMessage(message => Heard(message.Message));
                _subscription = subscription;
            });
        for (var i = 0; i < _versions.Length; i++)
        {
            if (Interlocked.Exchange(ref _unannounced[i], 0) == 1)
            {
                await AnnounceAsync(i);
                continue;
            }
            var index = i;
            var counter = _versions[i].Counter;
            var shared = await _redis.TryAsync(async database =>
                (long)await database.ScriptEvaluateAsync(SyncScript, [Key(index)], [counter.Current, Channel.ToString(), _versions[index].Name, _me]), () => -1L);
            if (shared >= 0) counter.MoveTo(shared);
        }
    }

    /// <summary>"catalog:42:sender": move up to 42; from an instance behind this one, announce past both.</summary>
    private void Heard(RedisValue message)
    {
        var parts = message.ToString().Split(':');
        if (parts.Length != 3 || parts[2] == _me || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return;
        var index = Array.FindIndex(_versions, v => v.Name == parts[0]);
        if (index < 0) return;
        var counter = _versions[index].Counter;
        if (value < counter.Current) _ = AnnounceAsync(index);
        else counter.MoveTo(value);
    }
}
