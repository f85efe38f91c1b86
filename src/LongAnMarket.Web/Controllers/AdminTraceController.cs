using LongAnMarket.Web.Hosting;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Admin;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>The trade office recalls lots and works through consumers' reports of suspected fakes.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin")]
public sealed class AdminTraceController(AdminTraceModelFactory pages, LotService lots, MarketDbContext db, UiText text, TimeProvider clock) : Controller
{
    [HttpGet("lots")]
    public async Task<IActionResult> Lots(string? q, CancellationToken ct) =>
        View(await pages.LotsAsync(q, TempData["notice"] as string, TempData["error"] as string, ct));

    [HttpGet("lots/{id:int}/recall")]
    public async Task<IActionResult> ConfirmRecall(int id, string? q, CancellationToken ct)
    {
        var lot = await db.Lots.Where(l => l.Id == id && l.RecalledAtUtc == null).Select(l => new { l.ProductName, l.Code, l.ProducerName }).FirstOrDefaultAsync(ct);
        if (lot is null) return NotFound();
        var confirmation = SellerLotsController.RecallConfirmation(text, lot.ProductName, lot.Code, "/admin/lots" + (q is null ? "" : "?q=" + Uri.EscapeDataString(q)));
        return View("Confirm", confirmation with
        {
            Title = text.Format("Thu hồi lô {0} của “{1}” ({2})?", lot.Code, lot.ProductName, lot.ProducerName),
            Fields = [new ConfirmationField("reason", text["Lý do thu hồi (hiện trên trang nguồn gốc)"], Multiline: true)],
            Hidden = new Dictionary<string, string?> { ["q"] = q },
        });
    }

    [HttpPost("lots/{id:int}/recall")]
    public async Task<IActionResult> Recall(int id, [FromForm] string? reason, [FromForm] string? q, [FromForm] bool confirmed, CancellationToken ct)
    {
        if (!confirmed) return this.ToConfirmation();
        try
        {
            await lots.RecallAsync(null, id, reason ?? "", Actor, ct);
            TempData["notice"] = text["Đã thu hồi lô hàng."];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Lots), new { q });
    }

    [HttpGet("reports")]
    public async Task<IActionResult> Reports(bool closed, CancellationToken ct) =>
        View(await pages.ReportsAsync(closed, TempData["notice"] as string, TempData["error"] as string, ct));

    /// <summary>A photo sent with a report, from the private store; shown only here, never to the public.</summary>
    [HttpGet("reports/{id:int}/photos/{photoId:int}")]
    public async Task<IActionResult> ReportPhoto(int id, int photoId, [FromServices] IPrivateFileStore files, CancellationToken ct)
    {
        var key = await db.Set<CounterfeitReportPhoto>().Where(p => p.Id == photoId && p.ReportId == id).Select(p => p.StorageKey).FirstOrDefaultAsync(ct);
        return await PrivatePhotos.ServeAsync(this, files, key, ct);
    }

    [HttpPost("reports/{id:int}/close")]
    public async Task<IActionResult> CloseReport(int id, [FromForm] string? resolution, CancellationToken ct)
    {
        var report = await db.CounterfeitReports.FindAsync([id], ct);
        if (report is null) return NotFound();
        try
        {
            report.Close(resolution ?? "", Actor, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            TempData["notice"] = text["Đã đóng báo cáo."];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Reports));
    }

    private string Actor => User.Identity?.Name ?? "admin";
}
