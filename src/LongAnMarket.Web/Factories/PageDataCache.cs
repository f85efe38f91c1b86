using System.Globalization;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Factories;

/// <summary>
/// Caches the data behind catalogue pages, never their HTML (whole anonymous pages are <see cref="Hosting.StorefrontPageCache"/>'s):
/// a page rendered from it is rendered for its own request, signed-in visitors' pages included. Keys carry the
/// catalogue version (an edit retires every entry at once) and the interface language. Nothing is cached for a missing page.
/// </summary>
public sealed class PageDataCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly CatalogVersion _version;
    private readonly CachingOptions _options;

    public PageDataCache(CatalogVersion version, IOptions<CachingOptions> options)
    {
        _version = version;
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxEntries });
    }

    /// <summary>Page data; bypassed entirely when caching is off.</summary>
    public Task<T?> PageAsync<T>(string key, Func<Task<T?>> load) where T : class =>
        _options.Enabled ? GetOrLoadAsync("page:" + key, load) : load();

    /// <summary>Row counts for pagers: cached even when page caching is off, so no page counts a large table per request.</summary>
    public async Task<int> CountAsync(string key, Func<Task<int>> count) =>
        (await GetOrLoadAsync<object>("count:" + key, async () => await count()) as int?) ?? 0;

    private async Task<T?> GetOrLoadAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        var fullKey = $"{_version.Current}|{CultureInfo.CurrentUICulture.Name}|{key}";
        if (_entries.TryGetValue(fullKey, out T? cached)) return cached;
        var loaded = await load();
        if (loaded is not null)
            _entries.Set(fullKey, loaded, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(_options.Seconds) });
        return loaded;
    }

    public void Dispose() => _entries.Dispose();
}
