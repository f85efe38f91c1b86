using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>A producer gives or confirms, once a year, who the business legally is and who represents it.</summary>
[Route("seller/identity")]
public sealed class SellerIdentityController(
    SellerModelFactory sellers, IdentityModelFactory pages, ProducerIdentityService identities, UiText text) : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await pages.SellerAsync(producerId, null, TempData["notice"] as string, ct) is { } page ? View(page) : NotFound());

    [HttpPost("")]
    public Task<IActionResult> Index(IdentityForm form, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    await identities.ConfirmAsync(producerId, form.ToDraft(), ct);
                    TempData["notice"] = text["Đã xác nhận thông tin định danh. Lần xác nhận tiếp theo là sau một năm."];
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            form.RepresentativeCitizenId = "";
            return await pages.SellerAsync(producerId, form, null, ct) is { } page ? View(page) : NotFound();
        });
}
