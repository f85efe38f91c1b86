using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

public sealed class SitemapController(SitemapWriter sitemap, SiteUrls urls) : Controller
{
    [HttpGet("/sitemap.xml")]
    public async Task Root(CancellationToken ct)
    {
        Response.ContentType = "application/xml; charset=utf-8";
        await sitemap.WriteRootAsync(Response.Body, ct);
    }

    [HttpGet("/sitemaps/pages.xml")]
    public async Task Pages(CancellationToken ct)
    {
        Response.ContentType = "application/xml; charset=utf-8";
        await sitemap.WritePagesAsync(Response.Body, ct);
    }

    [HttpGet("/sitemaps/products-{number:int}.xml")]
    public async Task<IActionResult> Products(int number, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (!await sitemap.WriteProductsAsync(number, buffer, ct)) return NotFound();
        return File(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    [HttpGet("/robots.txt")]
    public ContentResult Robots() => Content(
        $"User-agent: *\nDisallow: /seller/\nDisallow: /admin/\nDisallow: /cart\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n",
        "text/plain; charset=utf-8");
}
