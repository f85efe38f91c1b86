using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Factories;

/// <summary>The published policy pages; "{SiteName}" and "{Province}" in their text take the configured values.</summary>
public sealed class SitePageModelFactory(MarketDbContext db, IOptions<SiteOptions> site)
{
    public async Task<SitePageModel?> BuildAsync(string slug, CancellationToken ct)
    {
        var page = await db.SitePages.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Slug, p.Title, p.Body }).FirstOrDefaultAsync(ct);
        if (page is null) return null;
        return new SitePageModel(page.Slug, Fill(page.Title), Blocks(page.Body));
    }

    /// <summary>Paragraphs split at blank lines; a paragraph starting "## " is a heading.</summary>
    public IReadOnlyList<TextBlock> Blocks(string body) =>
        Fill(body).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.StartsWith("## ", StringComparison.Ordinal) ? new TextBlock(true, b[3..].Trim()) : new TextBlock(false, b))
            .ToList();

    public string Fill(string text) =>
        text.Replace("{SiteName}", site.Value.Name).Replace("{Province}", site.Value.Province);
}
