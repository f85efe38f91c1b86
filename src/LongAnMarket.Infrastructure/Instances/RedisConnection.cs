using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// The one connection to the shared Redis, opened at start-up (<see cref="SharedVersions"/>) and reconnected in the
/// background whenever it drops. Every use goes through <see cref="TryAsync{T}"/>: while Redis cannot answer, the
/// caller's own fallback answers at once (a command is never queued for a connection that is down), the outage is
/// logged once as a warning and Redis is tried again after a few seconds. No request ever fails for Redis.
/// </summary>
public sealed class RedisConnection(IOptions<RedisOptions> options, ILogger<RedisConnection> logger) : IAsyncDisposable
{
    /// <summary>How long Redis is left alone after a failure before it is asked again.</summary>
    public static readonly TimeSpan Rest = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _multiplexer;
    private long _restUntil;
    private int _down;

    public string Prefix => options.Value.KeyPrefix;

    /// <summary>The connection, once <see cref="ConnectAsync"/> has run (connected or still trying).</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    /// <summary>
    /// Opens the connection, waiting at most the connect timeout (5 s unless the configuration says otherwise) for Redis
    /// to answer; an unreachable Redis is not an error: the connection keeps trying in the background.
    /// </summary>
    public async Task<IConnectionMultiplexer> ConnectAsync()
    {
        if (_multiplexer is { } open) return open;
        await _connecting.WaitAsync();
        try
        {
            if (_multiplexer is { } raced) return raced;
            var configuration = ConfigurationOptions.Parse(options.Value.Configuration
                ?? throw new InvalidOperationException("Redis:Configuration is not set."));
            configuration.AbortOnConnectFail = false;
            configuration.BacklogPolicy = BacklogPolicy.FailFast;
            configuration.ClientName ??= "longan";
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
            if (!multiplexer.IsConnected) Failed($"no answer from {Endpoints(configuration)}");
            return _multiplexer = multiplexer;
        }
        finally { _connecting.Release(); }
    }

    /// <summary>Runs <paramref name="shared"/> against Redis; while Redis is unreachable (or resting after a failure), <paramref name="alone"/>.</summary>
    public async Task<T> TryAsync<T>(Func<IDatabase, Task<T>> shared, Func<T> alone)
    {
        if (_multiplexer is not { } multiplexer || Stopwatch.GetTimestamp() < Volatile.Read(ref _restUntil)) return alone();
        try
        {
            var result = await shared(multiplexer.GetDatabase());
            if (Interlocked.Exchange(ref _down, 0) == 1) logger.LogInformation("Redis answers again: limits, page versions and shared pages are shared once more");
            return result;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            Failed(ex.Message);
            return alone();
        }
    }

    /// <summary>Runs <paramref name="shared"/> against Redis; false when Redis could not answer.</summary>
    public Task<bool> TryAsync(Func<IDatabase, Task> shared) => TryAsync(async database =>
    {
        await shared(database);
        return true;
    }, () => false);

    private void Failed(string problem)
    {
        Volatile.Write(ref _restUntil, Stopwatch.GetTimestamp() + (long)(Rest.TotalSeconds * Stopwatch.Frequency));
        if (Interlocked.Exchange(ref _down, 1) == 0)
            logger.LogWarning("Redis cannot be reached ({Problem}): until it answers, each instance counts form limits on its own, pages " +
                "are cached per instance and other instances learn of edits made here only when it returns", problem);
    }

    private static string Endpoints(ConfigurationOptions configuration) => string.Join(", ", configuration.EndPoints.Select(e => e.ToString()));

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer) await multiplexer.DisposeAsync();
        _connecting.Dispose();
    }
}
