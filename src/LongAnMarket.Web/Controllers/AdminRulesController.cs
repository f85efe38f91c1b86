using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>The trade office publishes new versions of the operating rules and sees which producers have not accepted them.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/rules")]
public sealed class AdminRulesController(RulesModelFactory pages, OperatingRules rules, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await pages.AdminAsync(TempData["notice"] as string, ct));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) => View(await pages.EditorAsync(null, ct));

    [HttpPost("new")]
    public async Task<IActionResult> New(RulesForm form, [FromServices] MarketDbContext db, [FromServices] ProducerNotifications notifications,
        CancellationToken ct)
    {
        if (form.Action != "check")
        {
            try
            {
                if (form.EffectiveFrom is not { } effective) throw new DomainException("Vui lòng chọn ngày hiệu lực.") { Field = "EffectiveFrom" };
                var version = await rules.PublishAsync(new RulesDraft(form.Title, form.Body, form.Changes, effective), User.Identity?.Name ?? "admin", ct);
                // Announced to every business that sells or is waiting to: they accept it before their next change.
                var producers = await db.Producers.AsNoTracking()
                    .Where(p => p.Status == Core.Producers.ProducerStatus.Approved || p.Status == Core.Producers.ProducerStatus.Pending).ToListAsync(ct);
                foreach (var producer in producers)
                    await notifications.SendAsync(producer, $"of rules version {version.Number}", n => n.RulesPublishedAsync(producer, version, ct));
                TempData["notice"] = text.Format("Đã công bố phiên bản {0}, áp dụng từ {1:dd/MM/yyyy}; đã gửi email cho {2} doanh nghiệp.",
                    version.Number, version.EffectiveFrom, producers.Count);
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View(await pages.EditorAsync(form, ct));
    }
}
