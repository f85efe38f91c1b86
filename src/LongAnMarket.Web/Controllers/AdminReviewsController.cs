using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Reviews;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The trade office's review queue: reported reviews, kept or hidden with a reason the author is mailed.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/reviews")]
public sealed class AdminReviewsController(ReviewReader reader, ReviewBook book, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new ReviewListPage(await reader.AwaitingModerationAsync(ct), TempData["notice"] as string, TempData["error"] as string));

    [HttpPost("{id:int}/keep")]
    public Task<IActionResult> Keep(int id, CancellationToken ct) =>
        ActAsync(() => book.KeepAsync(id, Actor, ct), "Đã giữ đánh giá; các báo cáo đã được trả lời.");

    [HttpPost("{id:int}/hide")]
    public Task<IActionResult> Hide(int id, string? reason, CancellationToken ct) =>
        ActAsync(() => book.HideAsync(id, reason ?? "", Actor, ct), "Đã ẩn đánh giá và báo lý do cho người viết.");

    private string Actor => User.Identity?.Name ?? "admin";

    private async Task<IActionResult> ActAsync(Func<Task> act, string done)
    {
        try
        {
            await act();
            TempData["notice"] = text[done];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return Redirect("/admin/reviews");
    }
}
