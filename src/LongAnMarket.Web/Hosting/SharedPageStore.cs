using LongAnMarket.Infrastructure.Instances;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Whole anonymous pages (<see cref="StorefrontPageCache"/>) kept in Redis, so a page one instance rendered is served by
/// every instance (Redis configured, <c>Redis:SharePages</c> on). Keys carry the catalogue version all instances share,
/// so an edit on any instance retires them everywhere; entries live <c>Caching:Seconds</c> at most. While Redis cannot
/// answer, pages are not kept whole (each is rendered from the page-data cache), never served stale, never failed.
/// The storefront policy tags nothing, so there is nothing to evict by tag.
/// </summary>
public sealed class SharedPageStore(RedisConnection redis) : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        await redis.TryAsync(async database => (byte[]?)await database.StringGetAsync(Key(key)), () => null);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        await redis.TryAsync(database => database.StringSetAsync(Key(key), value, validFor));

    private RedisKey Key(string key) => redis.Prefix + "page:" + key;
}

public static class SharedPages
{
    /// <summary>With Redis configured and Redis:SharePages on (the default), whole pages are kept in Redis instead of this instance's memory.</summary>
    public static IServiceCollection AddSharedPages(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetSection(RedisOptions.Section).Get<RedisOptions>() is { IsConfigured: true, SharePages: true })
            services.AddSingleton<IOutputCacheStore, SharedPageStore>();
        return services;
    }
}
