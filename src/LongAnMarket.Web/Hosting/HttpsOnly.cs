namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Outside Development and loopback benchmarks, a request that did not arrive over HTTPS (directly, or through a
/// known proxy's X-Forwarded-Proto) is sent to the same path on the public origin with 308. /health stays reachable
/// over plain http for load balancers' checks; it sets no cookie.
/// </summary>
public static class HttpsOnly
{
    public static IApplicationBuilder UseHttpsOnly(this IApplicationBuilder app, SiteUrls urls) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.IsHttps || request.Path.StartsWithSegments("/health")) return next(context);
            var origin = urls.Origin.StartsWith("https://", StringComparison.Ordinal) ? urls.Origin : "https://" + request.Host.Host;
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = origin + request.PathBase + request.Path + request.QueryString;
            return Task.CompletedTask;
        });
}
