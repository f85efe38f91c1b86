using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Complaints;
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
            ? View(await ComplaintPages.ViewAsync(complaint, orders, clock, ct, forStaff: true) with { Notice = TempData["notice"] as string, Error = TempData["error"] as string })
            : NotFound();

    [HttpPost("{id:int}/decide")]
    public async Task<IActionResult> Decide(int id, ComplaintRemedy? remedy, long? refundDong, string? note, CancellationToken ct)
    {
        try
        {
            if (remedy is null) throw new DomainException("Vui lòng chọn cách giải quyết.");
            await cases.DecideAsync(id, remedy.Value, refundDong, note ?? "", User.Identity?.Name ?? "admin", ct);
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
            await cases.PayRefundAsync(id, bankReference, User.Identity?.Name ?? "admin", ct);
            TempData["notice"] = text["Đã ghi nhận hoàn tiền vào sổ đối soát."];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/photos/{photoId:int}")]
    public async Task<IActionResult> Photo(int id, int photoId, [FromServices] IPrivateFileStore files, CancellationToken ct) =>
        await cases.FindAsync(id, ct) is { } complaint ? await ComplaintPages.PhotoAsync(this, complaint, photoId, files, ct) : NotFound();
}
