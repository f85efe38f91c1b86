using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Absolute URLs for emails, QR codes, linksets, canonical links and sitemaps. They come from Site:PublicBaseUrl,
/// never from the request: a forged Host header must not reach a reset link. Without the setting (never in
/// Production, which refuses to start) the origin is the address the server listens on.
/// </summary>
public sealed class SiteUrls(IOptions<SiteOptions> site, IServer server)
{
    private string? _listening;

    public string Origin => string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl) ? Listening() : site.Value.PublicBaseUrl.TrimEnd('/');

    public string Absolute(string path) => Origin + (path.StartsWith('/') ? path : "/" + path);

    private string Listening() => _listening ??= ListeningOrigin(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    /// <summary>The first address Kestrel listens on, with a wildcard host read as localhost; http://localhost in memory.</summary>
    public static string ListeningOrigin(IEnumerable<string> addresses)
    {
        var first = addresses.FirstOrDefault();
        if (first is null) return "http://localhost";
        var uri = new Uri(first.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").Replace("://[::]", "://localhost"));
        return uri.GetLeftPart(UriPartial.Authority);
    }

    public static string Product(string slug) => $"/p/{slug}";
    public static string Category(string slug) => $"/c/{slug}";
    public static string Producer(string slug) => $"/producers/{slug}";
    public static string Page(string slug) => $"/pages/{slug}";
    public static string Media(string key) => $"/media/{key}";
}
