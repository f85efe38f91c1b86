using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Hosting;

public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// Cache at all: whole anonymous pages and the data behind pages (home, listings, product, producer, provenance).
    /// Off = "uncached" in `make bench`.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Keep whole anonymous storefront pages as rendered bytes (output caching). Off = "cold" in `make bench`.</summary>
    public bool WholePages { get; set; } = true;

    /// <summary>How long cached page data lives at most; any catalogue edit retires it at once.</summary>
    [Range(1, 3600)] public int Seconds { get; set; } = 60;

    /// <summary>Bound on cached entries, so random URLs cannot grow memory without limit.</summary>
    [Range(100, 1_000_000)] public int MaxEntries { get; set; } = 20_000;
}
