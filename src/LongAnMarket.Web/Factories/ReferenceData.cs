using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LongAnMarket.Web.Factories;

/// <summary>Categories and origin areas change rarely; every catalogue page needs them, so they are cached briefly.</summary>
public sealed class ReferenceData(MarketDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public sealed record Entry(int Id, string Slug, string Name, string NameEn);

    public Task<IReadOnlyList<Entry>> CategoriesAsync(CancellationToken ct) =>
        GetAsync("ref:categories", () => db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new Entry(c.Id, c.Slug, c.Name, c.NameEn)).ToListAsync(ct));

    public Task<IReadOnlyList<Entry>> AreasAsync(CancellationToken ct) =>
        GetAsync("ref:areas", () => db.OriginAreas.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new Entry(a.Id, a.Slug, a.Name, a.Name)).ToListAsync(ct));

    /// <summary>A category by slug; one added since the list was cached is found too, and refreshes the cache.</summary>
    public async Task<Entry?> FindCategoryAsync(string slug, CancellationToken ct) =>
        (await CategoriesAsync(ct)).FirstOrDefault(c => c.Slug == slug)
        ?? await RefreshIfExistsAsync("ref:categories", db.Categories.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new Entry(c.Id, c.Slug, c.Name, c.NameEn)), ct);

    public async Task<Entry?> FindAreaAsync(string slug, CancellationToken ct) =>
        (await AreasAsync(ct)).FirstOrDefault(a => a.Slug == slug)
        ?? await RefreshIfExistsAsync("ref:areas", db.OriginAreas.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new Entry(a.Id, a.Slug, a.Name, a.Name)), ct);

    private async Task<Entry?> RefreshIfExistsAsync(string key, IQueryable<Entry> lookup, CancellationToken ct)
    {
        var found = await lookup.FirstOrDefaultAsync(ct);
        if (found is not null) cache.Remove(key);
        return found;
    }

    /// <summary>The policy pages linked from every page footer.</summary>
    public Task<IReadOnlyList<Entry>> PagesAsync(CancellationToken ct) =>
        GetAsync("ref:pages", () => db.SitePages.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new Entry(p.Id, p.Slug, p.Title, p.Title)).ToListAsync(ct));

    private async Task<IReadOnlyList<Entry>> GetAsync(string key, Func<Task<List<Entry>>> load)
    {
        if (cache.TryGetValue(key, out IReadOnlyList<Entry>? cached) && cached is not null) return cached;
        var loaded = await load();
        cache.Set(key, (IReadOnlyList<Entry>)loaded, Lifetime);
        return loaded;
    }
}
