using System.Xml;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Factories;

/// <summary>
/// /sitemap.xml lists every public page; past 50,000 URLs (the protocol's limit per file) it becomes a
/// sitemap index over /sitemaps/pages.xml and /sitemaps/products-{n}.xml of at most 50,000 products each.
/// </summary>
public sealed class SitemapWriter(MarketDbContext db, SiteUrls urls, IOptions<SiteOptions> site)
{
    private int MaxUrlsPerFile => site.Value.SitemapUrlsPerFile;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async Task WriteRootAsync(Stream output, CancellationToken ct)
    {
        var productCount = await db.Products.Listed().CountAsync(ct);
        var pages = await PageUrlsAsync(ct);
        if (productCount + pages.Count <= MaxUrlsPerFile)
        {
            var products = await ProductUrlsAsync(0, MaxUrlsPerFile, ct);
            await WriteUrlSetAsync(output, pages.Concat(products), ct);
            return;
        }
        var files = (productCount + MaxUrlsPerFile - 1) / MaxUrlsPerFile;
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("sitemapindex", Namespace);
        foreach (var path in new[] { "/sitemaps/pages.xml" }.Concat(Enumerable.Range(1, files).Select(n => $"/sitemaps/products-{n}.xml")))
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", urls.Absolute(path));
            xml.WriteEndElement();
        }
        await xml.WriteEndElementAsync();
    }

    public async Task WritePagesAsync(Stream output, CancellationToken ct) =>
        await WriteUrlSetAsync(output, await PageUrlsAsync(ct), ct);

    /// <returns>false when the file number is past the last one.</returns>
    public async Task<bool> WriteProductsAsync(int fileNumber, Stream output, CancellationToken ct)
    {
        if (fileNumber < 1) return false;
        var products = await ProductUrlsAsync((fileNumber - 1) * MaxUrlsPerFile, MaxUrlsPerFile, ct);
        if (products.Count == 0) return false;
        await WriteUrlSetAsync(output, products, ct);
        return true;
    }

    private async Task<List<string>> PageUrlsAsync(CancellationToken ct)
    {
        var paths = new List<string> { "/", "/products", "/producers" };
        paths.AddRange((await db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).ToListAsync(ct)).Select(SiteUrls.Category));
        paths.AddRange((await db.Producers.Where(p => p.Status == ProducerStatus.Approved).OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync(ct)).Select(SiteUrls.Producer));
        paths.AddRange((await db.SitePages.OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync(ct)).Select(SiteUrls.Page));
        return paths.ConvertAll(urls.Absolute);
    }

    private async Task<List<string>> ProductUrlsAsync(int skip, int take, CancellationToken ct) =>
        (await db.Products.AsNoTracking().Listed().OrderBy(p => p.Id).Skip(skip).Take(take).Select(p => p.Slug).ToListAsync(ct))
        .ConvertAll(slug => urls.Absolute(SiteUrls.Product(slug)));

    private static async Task WriteUrlSetAsync(Stream output, IEnumerable<string> locations, CancellationToken ct)
    {
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        xml.WriteStartElement("urlset", Namespace);
        foreach (var location in locations)
        {
            ct.ThrowIfCancellationRequested();
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", location);
            xml.WriteEndElement();
        }
        await xml.WriteEndElementAsync();
    }

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new System.Text.UTF8Encoding(false) };
}
