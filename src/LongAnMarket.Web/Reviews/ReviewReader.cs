using LongAnMarket.Core.Common;
using LongAnMarket.Core.Reviews;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Reviews;

/// <summary>Reviews as pages show them: a product's (visible ones only), a producer's, the trade office's queue.</summary>
public sealed class ReviewReader(MarketDbContext db)
{
    public const int OnProductPage = 10;

    /// <summary>The product page's block; reads nothing when the product row says it has no review.</summary>
    public async Task<ReviewSummaryModel> ForProductAsync(int productId, int count, int stars, CancellationToken ct)
    {
        if (count == 0) return ReviewSummaryModel.None;
        var visible = db.Reviews.AsNoTracking().Where(r => r.ProductId == productId && r.HiddenAtUtc == null);
        var byStars = await visible.GroupBy(r => r.Stars).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var shown = await Models(visible.OrderByDescending(r => r.Photos.Any()).ThenByDescending(r => r.WrittenAtUtc).ThenByDescending(r => r.Id)
            .Take(OnProductPage), ct);
        return new ReviewSummaryModel(count, (double)stars / count, Enumerable.Range(1, 5).Select(s => byStars.GetValueOrDefault(s)).ToList(), shown);
    }

    public async Task<IReadOnlyList<ReviewRow>> OfProducerAsync(int producerId, CancellationToken ct) =>
        await RowsAsync(db.Reviews.Where(r => r.ProducerId == producerId).OrderByDescending(r => r.WrittenAtUtc).ThenByDescending(r => r.Id).Take(200), ct);

    /// <summary>Reported reviews still waiting for the trade office, oldest report first.</summary>
    public async Task<IReadOnlyList<ReviewRow>> AwaitingModerationAsync(CancellationToken ct) =>
        await RowsAsync(db.Reviews.Where(r => r.HiddenAtUtc == null && r.Reports.Any(p => p.ResolvedAtUtc == null))
            .OrderBy(r => r.Reports.Where(p => p.ResolvedAtUtc == null).Min(p => p.ReportedAtUtc)).Take(200), ct);

    public async Task<ReviewRow?> FindAsync(int id, CancellationToken ct) => (await RowsAsync(db.Reviews.Where(r => r.Id == id), ct)).FirstOrDefault();

    /// <summary>What each delivered line of an order shows: its review's stars, if written.</summary>
    public async Task<IReadOnlyDictionary<int, int>> StarsByLineAsync(int orderId, CancellationToken ct) =>
        await db.Reviews.AsNoTracking().Where(r => r.OrderId == orderId).ToDictionaryAsync(r => r.OrderLineId, r => r.Stars, ct);

    private async Task<IReadOnlyList<ReviewRow>> RowsAsync(IQueryable<Review> reviews, CancellationToken ct)
    {
        var rows = await reviews.AsNoTracking().Include(r => r.Photos).Include(r => r.Reports).AsSplitQuery().ToListAsync(ct);
        var ids = rows.Select(r => r.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Slug }).ToDictionaryAsync(p => p.Id, ct);
        return rows.Select(r => new ReviewRow(Model(r), products[r.ProductId].Name, products[r.ProductId].Slug, r.IsHidden, r.HiddenBecause,
            r.Reports.Where(p => p.ResolvedAtUtc is null).OrderBy(p => p.Id).Select(p => p.Reason).ToList())).ToList();
    }

    private static async Task<IReadOnlyList<ReviewModel>> Models(IQueryable<Review> reviews, CancellationToken ct) =>
        (await reviews.Include(r => r.Photos).AsSplitQuery().ToListAsync(ct)).Select(Model).ToList();

    private static ReviewModel Model(Review r) => new(r.Id, r.AuthorName, r.Stars, r.PackSize, r.Text, VietnamTime.FromUtc(r.WrittenAtUtc),
        r.Photos.OrderBy(p => p.Id).Select(p => new ReviewPhotoModel(SiteUrls.Media(p.ThumbnailPath), SiteUrls.Media(p.Path), p.Width, p.Height)).ToList(),
        r.Reply, r.RepliedAtUtc is { } at ? VietnamTime.FromUtc(at) : null);
}
