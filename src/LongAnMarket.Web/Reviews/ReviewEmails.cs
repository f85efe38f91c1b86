using LongAnMarket.Core.Messaging;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Reviews;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Reviews;

/// <summary>Tells the buyer who wrote a review that the trade office hid it, and why; the words go in plain text only.</summary>
public sealed class ReviewEmails(MarketDbContext db, IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site, ILogger<ReviewEmails> log) : IReviewNotifier
{
    public async Task HiddenAsync(int reviewId, CancellationToken ct)
    {
        try
        {
            var review = await db.Reviews.AsNoTracking().Where(r => r.Id == reviewId)
                .Select(r => new { r.HiddenBecause, r.ProductId, r.OrderId }).FirstOrDefaultAsync(ct);
            if (review is null) return;
            var order = await db.Orders.AsNoTracking().Where(o => o.Id == review.OrderId).Select(o => new { o.Code, o.AccessKey, o.Buyer.Email }).FirstAsync(ct);
            var product = await db.Products.AsNoTracking().Where(p => p.Id == review.ProductId).Select(p => p.Name).FirstAsync(ct);
            if (order.Email.Length == 0) return;
            await sender.SendAsync(new EmailMessage(order.Email, $"Đánh giá của bạn về {product} đã bị ẩn",
                $"""
                Ban quản lý sàn đã ẩn đánh giá của bạn về {product} (đơn {order.Code}).

                Lý do: {review.HiddenBecause}

                Đơn hàng của bạn: {urls.Absolute($"/orders/{order.Code}?key={order.AccessKey}")}
                Nếu bạn thấy quyết định chưa đúng, hãy trả lời thư này.

                {site.Value.Name}
                """), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "A review-hidden email could not be sent; the review stays hidden.");
        }
    }
}
