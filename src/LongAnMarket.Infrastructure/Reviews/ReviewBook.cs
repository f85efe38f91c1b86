using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Reviews;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Reviews;

/// <summary>What the buyer sends: the line, the stars, their words and photos.</summary>
public sealed record ReviewDraft(int OrderLineId, int Stars, string? Text, IReadOnlyList<UploadedFile> Photos);

/// <summary>
/// Reviews as the people concerned act on them: the buyer writes one per delivered line, the producer answers once,
/// anyone signed in reports one, the trade office keeps or hides it. Every change that shoppers see moves the product's
/// counts (an atomic UPDATE, so two reviews at once both count), queues the product for search and bumps the catalogue
/// version, so cached pages show it on their next request.
/// </summary>
public sealed class ReviewBook(MarketDbContext db, IFileStore media, CatalogVersion version, SearchIndexSignal signal, IReviewNotifier notifier,
    TimeProvider clock)
{
    public async Task<Review> WriteAsync(int orderId, ReviewDraft draft, bool byAccount, CancellationToken ct)
    {
        var order = await db.Orders.WithParts().AsSingleQuery().AsNoTracking().FirstOrDefaultAsync(o => o.Id == orderId, ct)
            ?? throw new DomainException("Không tìm thấy đơn hàng.");
        var part = order.SubOrders.FirstOrDefault(s => s.Lines.Any(l => l.Id == draft.OrderLineId))
            ?? throw new DomainException("Sản phẩm này không thuộc đơn hàng.");
        var line = part.Lines.First(l => l.Id == draft.OrderLineId);
        if (await db.Reviews.AnyAsync(r => r.OrderLineId == line.Id, ct)) throw new DomainException("Bạn đã đánh giá sản phẩm này.");
        if (draft.Photos.Count > Review.MaxPhotos) throw new DomainException($"Tối đa {Review.MaxPhotos} ảnh.") { Field = "Photos" };
        var images = await ProductImageProcessor.ProcessAllAsync(draft.Photos, ct);
        var stems = images.Select(_ => $"reviews/{line.ProductId}/{Guid.NewGuid():N}").ToList();
        var review = new Review(order.Id, part, line, draft.Stars, draft.Text, order.Buyer.Name, byAccount,
            images.Select((image, i) => new ReviewPhoto(stems[i] + ".webp", stems[i] + "-480.webp", image.Width, image.Height)).ToList(), clock.GetUtcNow());
        var saved = new List<string>();
        try
        {
            for (var i = 0; i < images.Count; i++)
            {
                await media.SaveAsync(stems[i] + ".webp", new MemoryStream(images[i].Display), ct);
                saved.Add(stems[i] + ".webp");
                await media.SaveAsync(stems[i] + "-480.webp", new MemoryStream(images[i].Thumbnail), ct);
                saved.Add(stems[i] + "-480.webp");
            }
            await db.InTransactionAsync(async () =>
            {
                db.Reviews.Add(review);
                await CountAsync(review.ProductId, review.Stars, +1, ct);
                return true;
            }, ct);
        }
        catch (Exception ex)
        {
            foreach (var key in saved) await media.DeleteAsync(key, CancellationToken.None);
            // Two submits of the same form at once: the unique line index let only one in.
            if (ex is DbUpdateException && await db.Reviews.AnyAsync(r => r.OrderLineId == line.Id, CancellationToken.None))
                throw new DomainException("Bạn đã đánh giá sản phẩm này.");
            throw;
        }
        Announce();
        return review;
    }

    public async Task ReplyAsync(int producerId, int reviewId, string text, CancellationToken ct)
    {
        var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == reviewId && r.ProducerId == producerId, ct)
            ?? throw new DomainException("Không tìm thấy đánh giá này.");
        review.ReplyByProducer(text, clock.GetUtcNow());
        // Only the first answer is written: a second one racing it finds the reply column already set.
        var written = await db.Reviews.Where(r => r.Id == reviewId && r.Reply == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Reply, review.Reply).SetProperty(r => r.RepliedAtUtc, review.RepliedAtUtc), ct);
        if (written == 0) throw new DomainException("Bạn đã trả lời đánh giá này.");
        Announce();
    }

    public async Task ReportAsync(int reviewId, string userId, string reason, CancellationToken ct)
    {
        var review = await db.Reviews.Include(r => r.Reports).FirstOrDefaultAsync(r => r.Id == reviewId, ct)
            ?? throw new DomainException("Không tìm thấy đánh giá này.");
        review.Report(userId, reason, clock.GetUtcNow());
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { throw new DomainException("Bạn đã báo cáo đánh giá này; Ban quản lý sàn đang xem xét."); }
    }

    public async Task KeepAsync(int reviewId, string actor, CancellationToken ct)
    {
        var review = await Tracked(reviewId, ct);
        review.Keep(actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Hides it (it leaves the average at once) and tells its author why.</summary>
    public async Task HideAsync(int reviewId, string reason, string actor, CancellationToken ct)
    {
        await db.InTransactionAsync(async () =>
        {
            var review = await Tracked(reviewId, ct);
            review.Hide(reason, actor, clock.GetUtcNow());
            var hidden = await db.Reviews.Where(r => r.Id == reviewId && r.HiddenAtUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.HiddenAtUtc, review.HiddenAtUtc).SetProperty(r => r.HiddenBecause, review.HiddenBecause), ct);
            if (hidden == 0) throw new DomainException("Đánh giá này đã bị ẩn.");
            await CountAsync(review.ProductId, review.Stars, -1, ct);
            return true;
        }, ct);
        Announce();
        await notifier.HiddenAsync(reviewId, ct);
    }

    private async Task<Review> Tracked(int reviewId, CancellationToken ct) =>
        await db.Reviews.Include(r => r.Reports).FirstOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw new DomainException("Không tìm thấy đánh giá này.");

    /// <summary>Moves the product's visible counts by one review and queues it for search, saving what is tracked with it.</summary>
    private async Task CountAsync(int productId, int stars, int sign, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        var delta = stars * sign;
        await db.Products.Where(p => p.Id == productId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.RatingCount, p => p.RatingCount + sign).SetProperty(p => p.RatingStars, p => p.RatingStars + delta), ct);
        db.Set<SearchIndexChange>().Add(SearchIndexChange.ForProduct(productId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    private void Announce()
    {
        version.Bump();
        signal.Wake();
    }
}

/// <summary>Tells a review's author that the trade office hid it, and why.</summary>
public interface IReviewNotifier
{
    Task HiddenAsync(int reviewId, CancellationToken ct);
}
