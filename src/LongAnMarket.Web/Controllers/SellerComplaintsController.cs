using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Web.Complaints;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The producer's complaints: each case about its goods, with the buyer's photos, answered by accepting, proposing or refusing.</summary>
[Route("seller/complaints")]
public sealed class SellerComplaintsController(SellerModelFactory sellers, ComplaintCases cases, OrderModelFactory orders, TimeProvider clock, UiText text)
    : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View(await ComplaintPages.ListAsync(await cases.OfProducerAsync(producerId, ct), orders, null, clock, ct)));

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await cases.FindAsync(id, ct) is { } complaint && complaint.ProducerId == producerId
                ? View(await ComplaintPages.ViewAsync(complaint, orders, clock, ct) with
                {
                    Lots = await cases.LotsAsync(complaint, ct), ThreadLink = $"/seller/messages/{complaint.SubOrderId}", Notice = TempData["notice"] as string, Error = TempData["error"] as string,
                })
                : NotFound());

    [HttpPost("{id:int}/respond")]
    public Task<IActionResult> Respond(int id, ProducerResponseKind kind, ComplaintRemedy? remedy, long? refundDong, string? note, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await cases.RespondAsync(producerId, id, new ProducerResponse(kind, remedy ?? ComplaintRemedy.Refund, refundDong, note), Actor, ct);
                TempData["notice"] = text["Đã gửi trả lời cho người mua."];
            }
            catch (DomainException ex) { TempData["error"] = text.Of(ex); }
            return RedirectToAction(nameof(Details), new { id });
        });

    [HttpGet("{id:int}/photos/{photoId:int}")]
    public Task<IActionResult> Photo(int id, int photoId, [FromServices] IPrivateFileStore files, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await cases.FindAsync(id, ct) is { } complaint && complaint.ProducerId == producerId
                ? await ComplaintPages.PhotoAsync(this, complaint, photoId, files, ct)
                : NotFound());
}
