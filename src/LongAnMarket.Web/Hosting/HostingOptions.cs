namespace LongAnMarket.Web.Hosting;

public sealed class HostingOptions
{
    public const string Section = "Hosting";

    /// <summary>
    /// Plain http on loopback (benchmarks): no HTTPS redirect, HSTS or Secure-only cookies.
    /// Never set this on a public deployment.
    /// </summary>
    public bool AllowPlainHttp { get; set; }

    /// <summary>Maps /bench/baseline for `make bench`. Never set this on a public deployment.</summary>
    public bool BenchmarkEndpoints { get; set; }
}
