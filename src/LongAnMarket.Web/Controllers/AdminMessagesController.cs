using LongAnMarket.Core.Conversations;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Conversations;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>The trade office reads every thread in full (contacts included) and may step in.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/messages")]
public sealed class AdminMessagesController(ConversationPages pages, MarketDbContext db, UiText text) : Controller
{
    private const long MaxUpload = 6 * 1024 * 1024 * Conversation.MaxPhotos;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View("~/Views/Shared/ConversationList.cshtml", await pages.ListAsync(null, "/admin/messages", ct));

    [HttpGet("{partId:int}")]
    public async Task<IActionResult> Thread(int partId, CancellationToken ct) =>
        await PartAsync(partId, ct) is { } part ? View("~/Views/Shared/ConversationThread.cshtml", await PageAsync(part.Code, part.Producer, partId, ct)) : NotFound();

    [HttpPost("{partId:int}"), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Send(int partId, string? message, List<IFormFile>? photos, CancellationToken ct)
    {
        if (await PartAsync(partId, ct) is not { } part) return NotFound();
        if (await pages.SendAsync(part.OrderId, partId, Party.TradeOffice, User.Identity?.Name ?? "admin", message, photos, ct) is { } refused)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("~/Views/Shared/ConversationThread.cshtml", await PageAsync(part.Code, part.Producer, partId, ct) with { Error = refused, Text = message });
        }
        return Redirect($"/admin/messages/{partId}#latest");
    }

    [HttpGet("{partId:int}/photos/{photoId:int}")]
    public Task<IActionResult> Photo(int partId, int photoId, CancellationToken ct) => pages.PhotoAsync(this, partId, photoId, ct);

    private sealed record Part(int OrderId, string Code, string Producer);

    private Task<Part?> PartAsync(int partId, CancellationToken ct) =>
        db.SubOrders.AsNoTracking().Where(s => s.Id == partId).Select(s => new Part(s.OrderId, s.Order!.Code, s.ProducerName)).FirstOrDefaultAsync(ct);

    private Task<ThreadPage> PageAsync(string code, string producer, int partId, CancellationToken ct) =>
        pages.PageAsync(partId, Party.TradeOffice, text.Format("Tin nhắn giữa người mua và {0} về đơn {1}", producer, code), $"/admin/orders/{code}",
            $"/admin/messages/{partId}", $"/admin/messages/{partId}/photos/{{0}}", ct);
}
