using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The register of authorities' requests: what was asked, by which document, by when, and what the office did.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/requests")]
public sealed class AdminAuthorityRequestsController(AuthorityRequests requests, TimeProvider clock, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await PageAsync(new AuthorityRequestForm { ReceivedOn = VietnamTime.Today(clock) }, TempData["notice"] as string, ct)
            with { Error = TempData["error"] as string });

    [HttpPost("")]
    public async Task<IActionResult> Add(AuthorityRequestForm form, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await requests.AddAsync(form.ToDraft(), User.Identity?.Name ?? "admin", ct);
                TempData["notice"] = text["Đã ghi nhận yêu cầu."];
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await PageAsync(form, null, ct));
    }

    [HttpPost("{id:int}/answer")]
    public async Task<IActionResult> Answer(int id, DateOnly? answeredOn, string? actionTaken, CancellationToken ct)
    {
        try
        {
            await requests.AnswerAsync(id, answeredOn ?? VietnamTime.Today(clock), actionTaken ?? "", ct);
            TempData["notice"] = text["Đã ghi nhận câu trả lời."];
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(new AuthorityRequestForm { ReceivedOn = VietnamTime.Today(clock) }, null, ct) with { Error = text[ex.Message] });
        }
    }

    private async Task<AuthorityRequestsPage> PageAsync(AuthorityRequestForm form, string? notice, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var rows = (await requests.AllAsync(ct)).ConvertAll(r => new AuthorityRequestRow(r.Id, r.Agency, r.DocumentNumber, r.Subject,
            r.ReceivedOn, r.DueOn, r.AnsweredOn, r.ActionTaken, r.IsOverdue(today)));
        return new AuthorityRequestsPage(rows, form, today, notice, today.Year);
    }
}
