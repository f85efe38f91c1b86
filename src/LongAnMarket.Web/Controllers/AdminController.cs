using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Admin;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The provincial trade office: vets applications and watches the market.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin")]
public sealed class AdminController(
    AdminModelFactory pages, ProducerStatusService statuses, ProductModerationService moderation, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await pages.DashboardAsync(ct));

    [HttpGet("producers")]
    public async Task<IActionResult> Producers(string? status, string? q, int page = 1, CancellationToken ct = default)
    {
        ProducerStatus? filter = Enum.TryParse<ProducerStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(await pages.ProducersAsync(filter, q, page, ct));
    }

    [HttpGet("producers/{id:int}")]
    public async Task<IActionResult> Producer(int id, CancellationToken ct)
    {
        var model = await pages.ReviewAsync(id, TempData["notice"] as string, TempData["error"] as string, ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("producers/{id:int}/approve")]
    public Task<IActionResult> Approve(int id, CancellationToken ct) =>
        ChangeAsync(id, () => statuses.ApproveAsync(id, Actor, ct), text["Đã duyệt doanh nghiệp."]);

    [HttpPost("producers/{id:int}/reject")]
    public Task<IActionResult> Reject(int id, [FromForm] string? reason, CancellationToken ct) =>
        ChangeAsync(id, () => statuses.RejectAsync(id, reason ?? "", Actor, ct), text["Đã từ chối hồ sơ."]);

    [HttpPost("producers/{id:int}/suspend")]
    public Task<IActionResult> Suspend(int id, [FromForm] string? reason, CancellationToken ct) =>
        ChangeAsync(id, () => statuses.SuspendAsync(id, reason ?? "", Actor, ct), text["Đã tạm ngừng bán; sản phẩm đã ẩn khỏi sàn."]);

    [HttpGet("products")]
    public async Task<IActionResult> Products(string? q, int page = 1, CancellationToken ct = default) =>
        View(await pages.ProductsAsync(q, page, TempData["notice"] as string, TempData["error"] as string, ct));

    [HttpPost("products/{id:int}/unpublish")]
    public async Task<IActionResult> UnpublishProduct(int id, [FromForm] string? reason, [FromForm] string? q, CancellationToken ct)
    {
        try
        {
            await moderation.UnpublishAsync(id, reason ?? "", Actor, ct);
            TempData["notice"] = text["Đã ngừng bán sản phẩm và báo cho nhà sản xuất."];
        }
        catch (DomainException ex)
        {
            TempData["error"] = text.Of(ex);
        }
        return RedirectToAction(nameof(Products), new { q });
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(int page = 1, CancellationToken ct = default) => View(await pages.AuditAsync(page, ct));

    private string Actor => User.Identity?.Name ?? "admin";

    private async Task<IActionResult> ChangeAsync(int id, Func<Task> change, string done)
    {
        try
        {
            await change();
            TempData["notice"] = done;
        }
        catch (DomainException ex)
        {
            TempData["error"] = text.Of(ex);
        }
        return RedirectToAction(nameof(Producer), new { id });
    }
}
