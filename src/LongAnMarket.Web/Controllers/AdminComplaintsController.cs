using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Complaints;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The trade office's complaints: every case with its age and deadline, breached ones flagged; decisions on escalated ones.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/complaints")]
public sealed class AdminComplaintsController(ComplaintCases cases, OrderModelFactory orders, TimeProvider clock, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(ComplaintStatus? status, CancellationToken ct)
    {
        var filter = status is { } s && Enum.IsDefined(s) ? s : (ComplaintStatus?)null;
        return View(await ComplaintPages.ListAsync(await cases.AllAsync(filter, ct), orders, filter, clock, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await cases.FindAsync(id, ct) is { } complaint
            ? View(await ComplaintPages.ViewAsync(complaint, orders, clock, ct, forStaff: true) with
            {
                Lots = await cases.LotsAsync(complaint, ct), ThreadLink = $"/admin/messages/{complaint.SubOrderId}", Notice = TempData["notice"] as string, Error = TempData["error"] as string,
            })
            : NotFound();

    /// <summary>
    /// The trade office takes a case for the buyer who reached it another way (hotline, letter), also one reported
    /// after the policy's window, which needs its reason on record.
    /// </summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(string? order, int? part, CancellationToken ct)
    {
        if (await OrderAsync(order, ct) is not { } found) return NotFound();
        var page = NewPage(found, new ComplaintForm { SubOrderId = part ?? 0 });
        if (page.Parts.Count > 0) return View("~/Views/Complaints/New.cshtml", page);
        TempData["error"] = text["Chỉ khiếu nại được phần đơn đã giao."];
        return Redirect($"/admin/orders/{found.Code}");
    }

    [HttpPost("new"), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> New(string? order, ComplaintForm form, List<IFormFile>? photos, CancellationToken ct)
    {
        if (await OrderAsync(order, ct) is not { } found) return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                var draft = new ComplaintDraft(form.SubOrderId, form.Quantities, form.Reason!.Value, form.Description!, form.Wanted!.Value,
                    await FormPhotos.ReadAsync(photos, Complaint.MaxPhotos, ct));
                var opened = await cases.OpenAsync(found.Id, draft, Actor, form.LateBecause ?? "", ct);
                TempData["notice"] = text["Đã mở khiếu nại thay người mua; người mua và nhà sản xuất đã được báo."];
                return RedirectToAction(nameof(Details), new { id = opened.Id });
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("~/Views/Complaints/New.cshtml", NewPage(found, form));
    }

    private const long MaxUpload = ComplaintPages.MaxUpload;
    private string Actor => User.Identity?.Name ?? "admin";

    private async Task<Core.Ordering.Order?> OrderAsync(string? code, CancellationToken ct) =>
        code?.Trim().ToUpperInvariant() is { } upper && Core.Payments.OrderCode.IsValid(upper) ? await orders.FindAsync(upper, ct) : null;

    private static NewComplaintPage NewPage(Core.Ordering.Order order, ComplaintForm form) =>
        NewComplaintPage.Of(order, $"/admin/orders/{order.Code}", $"/admin/complaints/new?order={order.Code}", form, forTradeOffice: true);

    [HttpPost("{id:int}/decide")]
    public async Task<IActionResult> Decide(int id, ComplaintRemedy? remedy, long? refundDong, string? note, CancellationToken ct)
    {
        try
        {
            if (remedy is null) throw new DomainException("Vui lòng chọn cách giải quyết.");
            await cases.DecideAsync(id, remedy.Value, refundDong, note ?? "", Actor, ct);
            TempData["notice"] = text["Đã ghi quyết định và báo cho hai bên."];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/refund")]
    public async Task<IActionResult> Refund(int id, string? bankReference, CancellationToken ct)
    {
        try
        {
            await cases.PayRefundAsync(id, bankReference, Actor, ct);
            TempData["notice"] = text["Đã ghi nhận hoàn tiền vào sổ đối soát."];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/photos/{photoId:int}")]
    public async Task<IActionResult> Photo(int id, int photoId, [FromServices] IPrivateFileStore files, CancellationToken ct) =>
        await cases.FindAsync(id, ct) is { } complaint ? await ComplaintPages.PhotoAsync(this, complaint, photoId, files, ct) : NotFound();
}
