using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Admin;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>The provincial trade office: vets applications and watches the market.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin")]
public sealed class AdminController(
    AdminModelFactory pages, ProducerStatusService statuses, ProducerIdentityService identities, ProductModerationService moderation, UiText text)
    : Controller
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

    /// <summary>
    /// An application is approved with the record of its identity check (what was compared, the citizen ID read on the
    /// card); a suspended producer is simply let sell again.
    /// </summary>
    [HttpPost("producers/{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, VerificationForm form, [FromServices] MarketDbContext db, CancellationToken ct)
    {
        var status = await db.Producers.Where(p => p.Id == id).Select(p => (ProducerStatus?)p.Status).FirstOrDefaultAsync(ct);
        return status == ProducerStatus.Suspended
            ? await ChangeAsync(id, () => statuses.ApproveAsync(id, Actor, ct), text["Đã mở bán lại."])
            : await ChangeAsync(id, () => identities.VerifyAsync(id, form.ToDraft(), Actor, approve: true, ct), text["Đã xác minh và duyệt doanh nghiệp."]);
    }

    /// <summary>Records a check of a selling producer's identity (after its yearly re-confirmation, or a change of representative).</summary>
    [HttpPost("producers/{id:int}/verify")]
    public Task<IActionResult> Verify(int id, VerificationForm form, CancellationToken ct) =>
        ChangeAsync(id, () => identities.VerifyAsync(id, form.ToDraft(), Actor, approve: false, ct), text["Đã ghi nhận kết quả xác minh."]);

    [HttpPost("producers/{id:int}/reject")]
    public Task<IActionResult> Reject(int id, [FromForm] string? reason, CancellationToken ct) =>
        ChangeAsync(id, () => statuses.RejectAsync(id, reason ?? "", Actor, ct), text["Đã từ chối hồ sơ."]);

    [HttpGet("producers/{id:int}/suspend")]
    public async Task<IActionResult> ConfirmSuspend(int id, [FromServices] MarketDbContext db, CancellationToken ct)
    {
        var producer = await db.Producers.Where(p => p.Id == id && p.Status == ProducerStatus.Approved)
            .Select(p => new { p.Name, Listed = db.Products.Count(x => x.ProducerId == id && x.IsPublished && !x.IsDeleted) })
            .FirstOrDefaultAsync(ct);
        if (producer is null) return NotFound();
        return View("Confirm", new ConfirmationModel(text.Format("Tạm ngừng bán “{0}”?", producer.Name),
            [text.Format("{0} sản phẩm đang đăng bán sẽ ẩn khỏi sàn ngay.", producer.Listed),
             text["Doanh nghiệp nhận email kèm lý do; đơn đã đặt vẫn phải được giao."],
             text["Trang nguồn gốc các lô đã bán vẫn mở, kèm ghi chú doanh nghiệp đang tạm ngừng bán."],
             text["Ban quản lý có thể cho bán lại sau."]],
            text["Tạm ngừng bán"], $"/admin/producers/{id}")
        {
            Fields = [new ConfirmationField("reason", text["Lý do tạm ngừng (gửi cho doanh nghiệp)"], Multiline: true)],
        });
    }

    [HttpPost("producers/{id:int}/suspend")]
    public Task<IActionResult> Suspend(int id, [FromForm] string? reason, [FromForm] bool confirmed, CancellationToken ct) =>
        !confirmed ? Task.FromResult(this.ToConfirmation())
        : ChangeAsync(id, () => statuses.SuspendAsync(id, reason ?? "", Actor, ct), text["Đã tạm ngừng bán; sản phẩm đã ẩn khỏi sàn."]);

    [HttpGet("products")]
    public async Task<IActionResult> Products(string? q, int page = 1, CancellationToken ct = default) =>
        View(await pages.ProductsAsync(q, page, TempData["notice"] as string, TempData["error"] as string, ct));

    [HttpGet("products/{id:int}/unpublish")]
    public async Task<IActionResult> ConfirmUnpublishProduct(int id, string? q, [FromServices] MarketDbContext db, CancellationToken ct)
    {
        var product = await db.Products.Where(p => p.Id == id && p.IsPublished && !p.IsDeleted)
            .Select(p => new { p.Name, Producer = p.Producer!.Name }).FirstOrDefaultAsync(ct);
        if (product is null) return NotFound();
        return View("Confirm", new ConfirmationModel(text.Format("Ngừng bán “{0}” của {1}?", product.Name, product.Producer),
            [text["Sản phẩm ẩn khỏi sàn ngay; khách không đặt mua được nữa."], text["Nhà sản xuất nhận email kèm lý do và có thể sửa rồi đăng bán lại."]],
            text["Ngừng bán"], "/admin/products" + (q is null ? "" : "?q=" + Uri.EscapeDataString(q)))
        {
            Fields = [new ConfirmationField("reason", text["Lý do (gửi cho nhà sản xuất)"], Multiline: true)],
            Hidden = new Dictionary<string, string?> { ["q"] = q },
        });
    }

    [HttpPost("products/{id:int}/unpublish")]
    public async Task<IActionResult> UnpublishProduct(int id, [FromForm] string? reason, [FromForm] string? q, [FromForm] bool confirmed, CancellationToken ct)
    {
        if (!confirmed) return this.ToConfirmation();
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
