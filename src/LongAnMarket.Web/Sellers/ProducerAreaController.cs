using System.Security.Claims;
using LongAnMarket.Web.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Sellers;

/// <summary>A page of the producer area: it acts for the business the signed-in account manages, and for no other.</summary>
[Authorize]
public abstract class ProducerAreaController(SellerModelFactory sellers) : Controller
{
    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
    protected string Actor => User.Identity?.Name ?? UserId;

    /// <summary>Runs <paramref name="page"/> for the producer this account manages; an account without one is sent to apply.</summary>
    protected async Task<IActionResult> WithProducerAsync(CancellationToken ct, Func<int, Task<IActionResult>> page)
    {
        var producerId = await sellers.ProducerIdOfAsync(UserId, ct);
        return producerId is null ? RedirectToAction(nameof(SellerController.Apply), "Seller") : await page(producerId.Value);
    }
}
