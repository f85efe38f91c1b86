using System.Globalization;
using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Keeps whole anonymous storefront pages (home, listings, product, producer, search, site pages) as rendered bytes.
/// They can be shared because they carry nothing of the visitor: no cart, no name, no antiforgery token, no cookie.
/// A signed-in visitor (whose header shows account links) is never served from it nor stored in it, and a response
/// that is not a 200 or sets a cookie is never stored. The key carries the query string, the interface language and
/// the catalogue version, so an edit shows on the next request; an entry lives at most Caching:Seconds.
/// Caching:WholePages=false turns it off ("cold" in make bench); Caching:Enabled=false turns off all caching.
/// </summary>
public sealed class StorefrontPageCache(CatalogVersion version, IOptions<CachingOptions> options) : IOutputCachePolicy
{
    public const string Policy = "storefront";

    /// <summary>Bound on the bytes kept, so random query strings cannot grow memory without limit.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var shared = options.Value is { Enabled: true, WholePages: true }
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization);
        context.EnableOutputCaching = shared;
        context.AllowCacheLookup = shared;
        context.AllowCacheStorage = shared;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.VaryByValues["lang"] = CultureInfo.CurrentUICulture.Name;
        context.CacheVaryByRules.VaryByValues["catalog"] = version.Current.ToString(CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.Seconds);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
