using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Complaints;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The buyer's side of a complaint, through the order's private link or the account that placed it: open a case about
/// delivered goods, read its timeline, accept the producer's answer or take it to the trade office.
/// </summary>
[Route("orders/{code}/complaints")]
public sealed class ComplaintsController(OrderModelFactory orders, ComplaintCases cases, UiText text, TimeProvider clock) : Controller
{
    private const long MaxUpload = ComplaintPages.MaxUpload;

    [HttpGet("new")]
    public async Task<IActionResult> New(string code, string? key, int? part, CancellationToken ct)
    {
        if (await BuyersOrderAsync(code, key, ct) is not { } order) return NotFound();
        var page = NewPage(order, key, new ComplaintForm { SubOrderId = part ?? 0 });
        return page.Parts.Count == 0 ? RedirectToOrder(order, key, text["Chỉ khiếu nại được phần đơn đã giao."]) : View(page);
    }

    [HttpPost("new"), EnableRateLimiting(RateLimits.AccountForms), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> New(string code, string? key, ComplaintForm form, List<IFormFile>? photos, CancellationToken ct)
    {
        if (await BuyersOrderAsync(code, key, ct) is not { } order) return NotFound();
        if (ModelState.IsValid)
        {
            try
            {
                var draft = new ComplaintDraft(form.SubOrderId, form.Quantities, form.Reason!.Value, form.Description!, form.Wanted!.Value, await FormPhotos.ReadAsync(photos, Complaint.MaxPhotos, ct));
                var opened = await cases.OpenAsync(order.Id, draft, text["người mua"], null, ct);
                TempData["notice"] = text["Đã gửi khiếu nại. Nhà sản xuất được báo và phải trả lời trong thời hạn ghi bên dưới."];
                return Redirect(CaseLink(order, opened.Id, key));
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(NewPage(order, key, form));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(string code, string? key, int id, CancellationToken ct)
    {
        if (await BuyersOrderAsync(code, key, ct) is not { } order) return NotFound();
        if (await cases.FindAsync(id, ct) is not { } complaint || complaint.OrderId != order.Id) return NotFound();
        ViewData["NoIndex"] = true;
        return View(ComplaintView.Of(complaint, order, clock.GetUtcNow()) with
        {
            OrderLink = OrderLink(order, key), ThreadLink = OrderAccess.Link(order, key, $"/parts/{complaint.SubOrderId}/messages"), Notice = TempData["notice"] as string, Error = TempData["error"] as string,
        });
    }

    [HttpPost("{id:int}/accept")]
    public Task<IActionResult> Accept(string code, string? key, int id, CancellationToken ct) =>
        ActAsync(code, key, id, order => cases.AcceptByBuyerAsync(order.Id, id, text["người mua"], ct), "Đã đồng ý; khiếu nại đã đóng.", ct);

    [HttpPost("{id:int}/escalate")]
    public Task<IActionResult> Escalate(string code, string? key, int id, string? note, CancellationToken ct) =>
        ActAsync(code, key, id, order => cases.EscalateByBuyerAsync(order.Id, id, note ?? "", text["người mua"], ct),
            "Đã chuyển khiếu nại lên Ban quản lý sàn.", ct);

    private async Task<IActionResult> ActAsync(string code, string? key, int id, Func<Order, Task> act, string done, CancellationToken ct)
    {
        if (await BuyersOrderAsync(code, key, ct) is not { } order) return NotFound();
        try
        {
            await act(order);
            TempData["notice"] = text[done];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return Redirect(CaseLink(order, id, key));
    }

    private Task<Order?> BuyersOrderAsync(string code, string? key, CancellationToken ct) => OrderAccess.BuyersOrderAsync(orders, code, key, User, ct);

    private static NewComplaintPage NewPage(Order order, string? key, ComplaintForm form) =>
        NewComplaintPage.Of(order, OrderLink(order, key), OrderAccess.Link(order, key, "/complaints/new"), form);

    private static string OrderLink(Order order, string? key) => OrderAccess.Link(order, key);

    private static string CaseLink(Order order, int id, string? key) => OrderAccess.Link(order, key, $"/complaints/{id}");

    private IActionResult RedirectToOrder(Order order, string? key, string error)
    {
        TempData["error"] = error;
        return Redirect(OrderLink(order, key));
    }
}
