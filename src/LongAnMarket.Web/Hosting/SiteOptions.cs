using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Hosting;

/// <summary>Branding and the province the marketplace serves: configuration, not code.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required, StringLength(60)] public string Name { get; set; } = "LongAnMarket";
    [Required, StringLength(200)] public string Tagline { get; set; } = "";
    /// <summary>The province the marketplace serves today, e.g. "Tây Ninh".</summary>
    [Required, StringLength(60)] public string Province { get; set; } = "";
    /// <summary>The place name the products are known by, e.g. "Long An".</summary>
    [Required, StringLength(60)] public string Region { get; set; } = "";
    /// <summary>Absolute origin for canonical URLs and sitemaps; the request's host when empty.</summary>
    [Url] public string? PublicBaseUrl { get; set; }
    [EmailAddress] public string? ContactEmail { get; set; }
    /// <summary>URLs per sitemap file; the sitemap protocol allows at most 50,000.</summary>
    [Range(10, 50_000)] public int SitemapUrlsPerFile { get; set; } = 50_000;
}
