using LongAnMarket.Core.Conversations;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Conversations;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>The producer's threads with the buyers of its order parts.</summary>
[Route("seller/messages")]
public sealed class SellerMessagesController(SellerModelFactory sellers, ConversationPages pages, MarketDbContext db, UiText text) : ProducerAreaController(sellers)
{
    private const long MaxUpload = 6 * 1024 * 1024 * Conversation.MaxPhotos;

    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View("~/Views/Shared/ConversationList.cshtml", await pages.ListAsync(producerId, "/seller/messages", ct)));

    [HttpGet("{partId:int}")]
    public Task<IActionResult> Thread(int partId, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => await PartAsync(producerId, partId, ct) is { } part
            ? View("~/Views/Shared/ConversationThread.cshtml", await PageAsync(part.OrderId, part.Code, partId, ct))
            : NotFound());

    [HttpPost("{partId:int}"), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public Task<IActionResult> Send(int partId, string? message, List<IFormFile>? photos, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (await PartAsync(producerId, partId, ct) is not { } part) return NotFound();
            if (await pages.SendAsync(part.OrderId, partId, Party.Producer, Actor, message, photos, ct) is { } refused)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View("~/Views/Shared/ConversationThread.cshtml", await PageAsync(part.OrderId, part.Code, partId, ct) with { Error = refused, Text = message });
            }
            return Redirect($"/seller/messages/{partId}#latest");
        });

    [HttpGet("{partId:int}/photos/{photoId:int}")]
    public Task<IActionResult> Photo(int partId, int photoId, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => await PartAsync(producerId, partId, ct) is not null ? await pages.PhotoAsync(this, partId, photoId, ct) : NotFound());

    private sealed record Part(int OrderId, string Code);

    private Task<Part?> PartAsync(int producerId, int partId, CancellationToken ct) =>
        db.SubOrders.AsNoTracking().Where(s => s.Id == partId && s.ProducerId == producerId).Select(s => new Part(s.OrderId, s.Order!.Code)).FirstOrDefaultAsync(ct);

    private Task<ThreadPage> PageAsync(int orderId, string code, int partId, CancellationToken ct) =>
        pages.PageAsync(partId, Party.Producer, text.Format("Tin nhắn với người mua về đơn {0}", code), "/seller/messages",
            $"/seller/messages/{partId}", $"/seller/messages/{partId}/photos/{{0}}", ct);
}
