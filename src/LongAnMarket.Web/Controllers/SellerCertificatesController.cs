using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The licences that cover all of a producer's products: the facility food-safety certificate and the alcohol licence.
/// Listings whose category needs one go on sale only while it is valid.
/// </summary>
[Route("seller/certificates")]
public sealed class SellerCertificatesController(SellerModelFactory sellers, ProducerCertificates certificates, TimeProvider clock, UiText text)
    : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View(await PageAsync(producerId, new ProducerCertificateForm(), TempData["notice"] as string, ct)));

    [HttpPost("")]
    public Task<IActionResult> Add(ProducerCertificateForm form, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    await certificates.AddAsync(producerId, form.ToDraft(), ct);
                    TempData["notice"] = text["Đã thêm giấy phép."];
                    return RedirectToAction(nameof(Index));
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(producerId, form, null, ct));
        });

    [HttpPost("{id:int}/remove")]
    public Task<IActionResult> Remove(int id, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await certificates.RemoveAsync(producerId, id, ct);
                TempData["notice"] = text["Đã gỡ giấy phép."];
                return RedirectToAction(nameof(Index));
            }
            catch (DomainException ex)
            {
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return View("Index", await PageAsync(producerId, new ProducerCertificateForm(), null, ct) with { Error = text[ex.Message] });
            }
        });

    private async Task<ProducerCertificatesPage> PageAsync(int producerId, ProducerCertificateForm form, string? notice, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var rows = (await certificates.OfAsync(producerId, ct))
            .Select(c => new ProducerCertificateRow(c.Id, CertificationLabels.Of(c.Kind), c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, c.ValidUntil < today))
            .ToList();
        return new ProducerCertificatesPage(rows, form, notice);
    }
}
