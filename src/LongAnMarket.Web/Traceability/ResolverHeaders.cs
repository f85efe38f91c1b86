using Microsoft.Net.Http.Headers;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// Headers every resolver answer carries: CORS open to any page (a scanning app or GS1's test suite reads the Link
/// header from script), Vary: Accept (the same URI answers HTML or a linkset), and one comma-joined Link header.
/// </summary>
public static class ResolverHeaders
{
    public const string Methods = "GET, HEAD, OPTIONS";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlAllowMethods = Methods;
        headers.AccessControlExposeHeaders = HeaderNames.Link;
        headers.Vary = HeaderNames.Accept;
    }

    /// <summary>A CORS preflight: any origin, the resolver's methods, the headers a client negotiates with.</summary>
    public static void Preflight(HttpResponse response)
    {
        Apply(response);
        response.Headers.AccessControlAllowHeaders = "Accept, Accept-Language";
        response.Headers.AccessControlMaxAge = "86400";
    }

    /// <summary>All links in one header: some clients keep only the last of repeated headers.</summary>
    public static void Links(HttpResponse response, params IEnumerable<string?> links) =>
        response.Headers.Link = string.Join(", ", links.Where(l => l is not null));

    public static string Linkset(string absoluteUri) => $"<{absoluteUri}>; rel=\"linkset\"; type=\"{Linksets.MediaType}\"";

    public static string JsonLdContext => $"<{Linksets.JsonLdContext}>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"";

    /// <summary>The uncompressed Digital Link a compressed one stands for (GS1: rel owl:sameAs, no redirect).</summary>
    public static string? SameAs(string? uncompressedUri) => uncompressedUri is null ? null : $"<{uncompressedUri}>; rel=\"owl:sameAs\"";
}
