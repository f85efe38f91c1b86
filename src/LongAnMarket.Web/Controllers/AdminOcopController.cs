using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The trade office checks each OCOP certificate a producer enters (and each one carried over from the old free stars
/// field) against its decision: confirmed, the stars show; struck off, they never do.
/// </summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin/ocop")]
public sealed class AdminOcopController(OcopConfirmations confirmations, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new OcopConfirmationsPage(await confirmations.AwaitingAsync(ct), TempData["notice"] as string, null));

    [HttpPost("{id:int}/confirm")]
    public Task<IActionResult> Confirm(int id, CancellationToken ct) =>
        ActAsync(() => confirmations.ConfirmAsync(id, User.Identity?.Name ?? "admin", ct), "Đã xác nhận chứng nhận OCOP; số sao hiện trên sản phẩm.", ct);

    [HttpPost("{id:int}/strike")]
    public Task<IActionResult> Strike(int id, CancellationToken ct) =>
        ActAsync(() => confirmations.StrikeAsync(id, ct), "Đã gỡ chứng nhận OCOP không khớp quyết định.", ct);

    private async Task<IActionResult> ActAsync(Func<Task> act, string notice, CancellationToken ct)
    {
        try
        {
            await act();
            TempData["notice"] = text[notice];
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", new OcopConfirmationsPage(await confirmations.AwaitingAsync(ct), null, text[ex.Message]));
        }
    }
}
