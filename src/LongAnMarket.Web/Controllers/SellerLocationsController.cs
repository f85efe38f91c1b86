using LongAnMarket.Web.Forms;
using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using LongAnMarket.Web.Traceability;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The fields, workshops and stores a producer names once and then picks for its events.</summary>
[Route("seller/locations")]
public sealed class SellerLocationsController(SellerModelFactory sellers, SellerLotModelFactory pages, LotService lots, UiText text)
    : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View(new LocationsPage(await pages.LocationsAsync(producerId, ct), new LocationForm(), TempData["notice"] as string)));

    [HttpPost("")]
    public Task<IActionResult> Add(LocationForm form, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    await lots.AddLocationAsync(producerId, form.Name ?? "", form.Area ?? "", form.Latitude, form.Longitude, form.Gln, ct);
                    TempData["notice"] = text["Đã thêm địa điểm."];
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            return View("Index", new LocationsPage(await pages.LocationsAsync(producerId, ct), form, null));
        });
}
