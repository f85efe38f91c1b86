namespace LongAnMarket.Web.Hosting;

public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// Plain http on loopback (benchmarks): no HTTPS redirect, HSTS or Secure-only cookies. Start-up refuses it with a
    /// public base URL that is not a loopback address. Behind a TLS proxy, use ForwardedHeaders instead.
    /// </summary>
    public bool AllowPlainHttp { get; set; }

    /// <summary>Maps /bench/baseline for `make bench`. Never set this on a public deployment.</summary>
    public bool BenchmarkEndpoints { get; set; }

    /// <summary>The proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>Networks (CIDR) that may read /health/details without signing in; loopback by default.</summary>
    public string[] ManagementNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];

    public int AccountFormsPerMinute { get; set; } = 10;
    public int CartPostsPerMinute { get; set; } = 60;
    public int CheckoutPostsPerMinute { get; set; } = 5;
}

public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the proxies in front of the app, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];
    /// <summary>Networks of proxies in CIDR form, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];
    /// <summary>How many proxies' entries are read from the right of X-Forwarded-For.</summary>
    public int ForwardLimit { get; set; } = 1;
}
