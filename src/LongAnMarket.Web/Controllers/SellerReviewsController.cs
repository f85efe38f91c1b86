using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Reviews;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Reviews;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The producer reads the reviews of its products and answers each once, in public; it cannot remove one.</summary>
[Route("seller/reviews")]
public sealed class SellerReviewsController(SellerModelFactory sellers, ReviewReader reader, ReviewBook book, UiText text) : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            View(new ReviewListPage(await reader.OfProducerAsync(producerId, ct), TempData["notice"] as string, TempData["error"] as string)));

    [HttpPost("{id:int}/reply")]
    public Task<IActionResult> Reply(int id, string? reply, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await book.ReplyAsync(producerId, id, reply ?? "", ct);
                TempData["notice"] = text["Đã đăng câu trả lời của bạn dưới đánh giá."];
            }
            catch (DomainException ex) { TempData["error"] = text.Of(ex); }
            return Redirect($"/seller/reviews#review-{id}");
        });
}
