using LongAnMarket.Web.Forms;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>A producer's own parts of orders: prepare, ship (recording the lots), deliver; its shipping rates and statement.</summary>
[Route("seller")]
public sealed class SellerOrdersController(SellerModelFactory sellers, SellerOrderModelFactory pages, OrderFulfilment fulfilment,
    WithholdingReport withholding, MarketDbContext db, UiText text, TimeProvider clock) : ProducerAreaController(sellers)
{
    [HttpGet("orders")]
    public Task<IActionResult> Index(string? status, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            SubOrderStatus? filter = Enum.TryParse<SubOrderStatus>(status, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            return View(await pages.ListAsync(producerId, filter, TempData["notice"] as string, ct));
        });

    [HttpGet("orders/{id:int}")]
    public Task<IActionResult> Details(int id, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            await pages.DetailAsync(producerId, id, TempData["notice"] as string, TempData["error"] as string, ct) is { } page ? View(page) : NotFound());

    [HttpPost("orders/{id:int}/processing")]
    public Task<IActionResult> StartProcessing(int id, CancellationToken ct) =>
        ActAsync(id, ct, producerId => fulfilment.StartProcessingAsync(producerId, id, Actor, ct), text["Đã chuyển sang “đang chuẩn bị hàng”."]);

    [HttpPost("orders/{id:int}/ship")]
    public Task<IActionResult> Ship(int id, ShipForm form, CancellationToken ct) =>
        ActAsync(id, ct, producerId => fulfilment.ShipAsync(producerId, id, form.Carrier ?? "", form.TrackingNumber ?? "", Actor, ct),
            text["Đã ghi nhận gửi hàng; khách hàng nhận được email kèm mã vận đơn."]);

    [HttpPost("orders/{id:int}/deliver")]
    public Task<IActionResult> Deliver(int id, CancellationToken ct) =>
        ActAsync(id, ct, producerId => fulfilment.DeliverAsync(producerId, id, Actor, ct), text["Đã ghi nhận giao hàng thành công."]);

    [HttpPost("orders/{id:int}/invoice")]
    public Task<IActionResult> RecordInvoice(int id, InvoiceForm form, CancellationToken ct) =>
        ActAsync(id, ct, producerId => fulfilment.RecordInvoiceAsync(producerId, id, form.Series ?? "", form.Number ?? "", form.LookupCode ?? "", ct),
            text["Đã ghi nhận hoá đơn; người mua thấy số và mã tra cứu trên trang đơn hàng."], "invoice");

    [HttpGet("statement")]
    public Task<IActionResult> Statement(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId => View(await pages.StatementAsync(producerId, null, TempData["error"] as string, ct)));

    /// <summary>The year's taxes the marketplace withheld and paid for this seller, month by month, as CSV.</summary>
    [HttpGet("statement/withholding.csv")]
    public Task<IActionResult> WithholdingStatement(string? year, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            var thisYear = VietnamTime.Today(clock).Year;
            if (!int.TryParse(year, out var chosen) || chosen < AdminWithholdingController.FirstMonth.Year || chosen > thisYear)
            {
                TempData["error"] = text.Format("Năm phải từ {0} đến {1}.", AdminWithholdingController.FirstMonth.Year, thisYear);
                return Redirect("/seller/statement");
            }
            var producer = await db.Producers.AsNoTracking().Where(p => p.Id == producerId).Select(p => new { p.Name, p.TaxCode }).FirstAsync(ct);
            var months = await withholding.YearAsync(producerId, chosen, ct);
            return File(WithholdingCsv.Year(chosen, producer.TaxCode, producer.Name, months), "text/csv", $"thue-khau-tru-{chosen}.csv");
        });

    [HttpGet("shipping")]
    public Task<IActionResult> Shipping(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            var rate = await db.Producers.AsNoTracking().Where(p => p.Id == producerId)
                .Select(p => new ShippingForm { FeeDong = p.ShippingFeeDong, FreeFromDong = p.FreeShippingFromDong }).FirstAsync(ct);
            ViewData["notice"] = TempData["notice"];
            return View(rate);
        });

    [HttpPost("shipping")]
    public Task<IActionResult> Shipping(ShippingForm form, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                try
                {
                    var producer = await db.Producers.FirstAsync(p => p.Id == producerId, ct);
                    producer.SetShipping(form.FeeDong, form.FreeFromDong);
                    await db.SaveChangesAsync(ct);
                    TempData["notice"] = text["Đã lưu phí vận chuyển."];
                    return RedirectToAction(nameof(Shipping));
                }
                catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        });

}
