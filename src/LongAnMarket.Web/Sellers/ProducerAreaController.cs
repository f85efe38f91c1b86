using System.Security.Claims;
using LongAnMarket.Web.Controllers;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Sellers;

/// <summary>A page of the producer area: it acts for the business the signed-in account manages, and for no other.</summary>
[Authorize]
public abstract class ProducerAreaController(SellerModelFactory sellers) : Controller
{
    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
    protected string Actor => User.Identity?.Name ?? UserId;

    /// <summary>
    /// Runs one change of a record (a lot, an order part) for this account's producer and returns to the record's
    /// page ("Details") with the outcome: <paramref name="done"/>, or the rule that refused it.
    /// </summary>
    public const string ErrorSection = "error-section";

    protected Task<IActionResult> ActAsync(int id, CancellationToken ct, Func<int, Task> action, string done, string? section = null) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await action(producerId);
                TempData["notice"] = done;
            }
            catch (Core.Common.DomainException ex)
            {
                // A refusal is shown beside the form that was sent (its section), not at the top of a long page.
                TempData["error"] = HttpContext.RequestServices.GetRequiredService<UiText>().Of(ex);
                if (section is not null)
                {
                    TempData[ErrorSection] = section;
                    return RedirectToAction("Details", null, new { id }, section);
                }
            }
            return RedirectToAction("Details", new { id });
        });

    /// <summary>Runs <paramref name="page"/> for the producer this account manages; an account without one is sent to apply.</summary>
    protected async Task<IActionResult> WithProducerAsync(CancellationToken ct, Func<int, Task<IActionResult>> page)
    {
        var producerId = await sellers.ProducerIdOfAsync(UserId, ct);
        return producerId is null ? RedirectToAction(nameof(SellerController.Apply), "Seller") : await page(producerId.Value);
    }
}
