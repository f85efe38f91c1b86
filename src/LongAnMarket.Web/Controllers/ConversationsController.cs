using LongAnMarket.Core.Conversations;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Web.Conversations;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Controllers;

/// <summary>The buyer's thread with the producer of one part of their order, through the private link or the account.</summary>
[Route("orders/{code}/parts/{partId:int}/messages")]
public sealed class ConversationsController(OrderModelFactory orders, ConversationPages pages, UiText text) : Controller
{
    private const long MaxUpload = 6 * 1024 * 1024 * Conversation.MaxPhotos;

    [HttpGet("")]
    public async Task<IActionResult> Thread(string code, int partId, string? key, CancellationToken ct) =>
        await PartAsync(code, key, partId, ct) is var (order, part) ? View("~/Views/Shared/ConversationThread.cshtml", await PageAsync(order, part, key, ct)) : NotFound();

    [HttpPost(""), EnableRateLimiting(RateLimits.AccountForms), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Send(string code, int partId, string? key, string? message, List<IFormFile>? photos, CancellationToken ct)
    {
        if (await PartAsync(code, key, partId, ct) is not var (order, part)) return NotFound();
        if (await pages.SendAsync(order.Id, part.Id, Party.Buyer, User.Identity?.Name ?? "người mua", message, photos, ct) is { } refused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("~/Views/Shared/ConversationThread.cshtml", await PageAsync(order, part, key, ct) with { Error = refused, Text = message });
        }
        return Redirect(OrderAccess.Link(order, key, $"/parts/{part.Id}/messages") + "#latest");
    }

    [HttpGet("photos/{photoId:int}")]
    public async Task<IActionResult> Photo(string code, int partId, int photoId, string? key, CancellationToken ct) =>
        await PartAsync(code, key, partId, ct) is var (_, part) ? await pages.PhotoAsync(this, part.Id, photoId, ct) : NotFound();

    private async Task<(Order, SubOrder)?> PartAsync(string code, string? key, int partId, CancellationToken ct) =>
        await OrderAccess.BuyersOrderAsync(orders, code, key, User, ct) is { } order && order.SubOrders.FirstOrDefault(s => s.Id == partId) is { } part
            ? (order, part) : null;

    private async Task<ThreadPage> PageAsync(Order order, SubOrder part, string? key, CancellationToken ct)
    {
        ViewData["NoIndex"] = true;
        var thread = OrderAccess.Link(order, key, $"/parts/{part.Id}/messages");
        var photos = OrderAccess.Link(order, key, $"/parts/{part.Id}/messages/photos/{{0}}");
        return await pages.PageAsync(part.Id, Party.Buyer, text.Format("Tin nhắn với {0} về đơn {1}", part.ProducerName, order.Code),
            OrderAccess.Link(order, key), thread, photos, ct);
    }
}
