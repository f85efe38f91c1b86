using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Hosting;

public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Cache the data of anonymous catalogue pages (home, listings, product, producer). Off = "cold" in `make bench`.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long cached page data lives at most; any catalogue edit retires it at once.</summary>
    [Range(1, 3600)] public int Seconds { get; set; } = 60;

    /// <summary>Bound on cached entries, so random URLs cannot grow memory without limit.</summary>
    [Range(100, 1_000_000)] public int MaxEntries { get; set; } = 20_000;
}
