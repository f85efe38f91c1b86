using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LongAnMarket.Web.Factories;

/// <summary>
/// Categories, origin areas and policy pages: every page needs some of them and they change rarely, so all three
/// load in one SQL statement and stay cached until the catalogue version changes (or a minute passes).
/// </summary>
public sealed class ReferenceData(MarketDbContext db, IMemoryCache cache, CatalogVersion version)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public sealed record Entry(int Id, string Slug, string Name, string NameEn);

    private sealed record Snapshot(IReadOnlyList<Entry> Categories, IReadOnlyList<Entry> Areas, IReadOnlyList<Entry> Pages);

    private sealed class Row
    {
        public int Kind { get; init; }
        public int Order { get; init; }
        public int Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    public async Task<IReadOnlyList<Entry>> CategoriesAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Categories;

    public async Task<IReadOnlyList<Entry>> AreasAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Areas;

    /// <summary>The policy pages linked from every page footer.</summary>
    public async Task<IReadOnlyList<Entry>> PagesAsync(CancellationToken ct) => (await SnapshotAsync(ct)).Pages;

    /// <summary>A category by slug; one added after the snapshot was taken is found too.</summary>
    public async Task<Entry?> FindCategoryAsync(string slug, CancellationToken ct) =>
        (await CategoriesAsync(ct)).FirstOrDefault(c => c.Slug == slug)
        ?? await db.Categories.AsNoTracking().Where(c => c.Slug == slug).Select(c => new Entry(c.Id, c.Slug, c.Name, c.NameEn)).FirstOrDefaultAsync(ct);

    public async Task<Entry?> FindAreaAsync(string slug, CancellationToken ct) =>
        (await AreasAsync(ct)).FirstOrDefault(a => a.Slug == slug)
        ?? await db.OriginAreas.AsNoTracking().Where(a => a.Slug == slug).Select(a => new Entry(a.Id, a.Slug, a.Name, a.Name)).FirstOrDefaultAsync(ct);

    private async Task<Snapshot> SnapshotAsync(CancellationToken ct)
    {
        var key = $"reference:{version.Current}";
        if (cache.TryGetValue(key, out Snapshot? cached) && cached is not null) return cached;

        var rows = await db.Categories.AsNoTracking()
            .Select(c => new Row { Kind = 0, Order = c.SortOrder, Id = c.Id, Slug = c.Slug, Name = c.Name, NameEn = c.NameEn })
            .Concat(db.OriginAreas.AsNoTracking()
                .Select(a => new Row { Kind = 1, Order = 0, Id = a.Id, Slug = a.Slug, Name = a.Name, NameEn = a.Name }))
            .Concat(db.SitePages.AsNoTracking()
                .Select(p => new Row { Kind = 2, Order = p.Id, Id = p.Id, Slug = p.Slug, Name = p.Title, NameEn = p.Title }))
            .ToListAsync(ct);
        List<Entry> Of(int kind) => rows.Where(r => r.Kind == kind).OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.Create(new("vi-VN"), false))
            .Select(r => new Entry(r.Id, r.Slug, r.Name, r.NameEn)).ToList();
        var snapshot = new Snapshot(Of(0), Of(1), Of(2));
        cache.Set(key, snapshot, Lifetime);
        return snapshot;
    }
}
