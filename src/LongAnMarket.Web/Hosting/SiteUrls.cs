using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Hosting;

/// <summary>Absolute URLs for canonical links, Open Graph and sitemaps.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> site, IHttpContextAccessor http)
{
    public string Origin
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl)) return site.Value.PublicBaseUrl.TrimEnd('/');
            var request = http.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the host from.");
            return $"{request.Scheme}://{request.Host}";
        }
    }

    public string Absolute(string path) => Origin + (path.StartsWith('/') ? path : "/" + path);

    public static string Product(string slug) => $"/p/{slug}";
    public static string Category(string slug) => $"/c/{slug}";
    public static string Producer(string slug) => $"/producers/{slug}";
    public static string Page(string slug) => $"/pages/{slug}";
    public static string Media(string key) => $"/media/{key}";
}
