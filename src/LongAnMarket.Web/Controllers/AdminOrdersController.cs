using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Authorization;
using LongAnMarket.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>The trade office's orders desk: every order, transfers to confirm or review, refunds, payouts, the commune list.</summary>
[Authorize(Roles = MarketRoles.Admin), TypeFilter<RequireTwoFactorForAdmins>, Route("admin")]
public sealed class AdminOrdersController(AdminOrderModelFactory pages, OrderAdministration administration, OrderPayments payments,
    BankTransferInbox inbox, CommuneDirectory communes, MarketDbContext db, IOptions<SiteOptions> site, UiText text) : Controller
{
    private const long MaxCsvBytes = 512 * 1024;

    private string Actor => User.Identity?.Name ?? "admin";

    [HttpGet("orders")]
    public async Task<IActionResult> Index(string? status, string? q, CancellationToken ct)
    {
        OrderStatus? filter = Enum.TryParse<OrderStatus>(status, true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        return View(await pages.ListAsync(filter, q, ct));
    }

    [HttpGet("orders/{code}")]
    public async Task<IActionResult> Details(string code, CancellationToken ct) =>
        await pages.DetailAsync(code.ToUpperInvariant(), TempData["notice"] as string, TempData["error"] as string, ct) is { } page ? View(page) : NotFound();

    [HttpPost("orders/{code}/received")]
    public Task<IActionResult> Received(string code, string? reference, long amountDong, CancellationToken ct) =>
        OnOrderAsync(code, async id =>
        {
            var outcome = await administration.MarkTransferReceivedAsync(id, reference ?? "", amountDong, Actor, ct);
            return outcome switch
            {
                PaymentOutcome.Paid => text["Đã ghi nhận chuyển khoản; đơn hàng đã thanh toán."],
                PaymentOutcome.AlreadyRecorded => text["Giao dịch này đã được ghi nhận trước đó."],
                _ => text["Đã ghi nhận, nhưng số tiền hoặc thời điểm không khớp: đơn chuyển sang chờ kiểm tra."],
            };
        });

    [HttpPost("orders/{code}/cancel")]
    public Task<IActionResult> Cancel(string code, string? reason, CancellationToken ct) =>
        OnOrderAsync(code, async id => { await administration.CancelAsync(id, reason ?? "", Actor, ct); return text["Đã huỷ đơn và trả hàng về kho."]; });

    [HttpPost("orders/{code}/accept-payment")]
    public Task<IActionResult> AcceptPayment(string code, string? note, CancellationToken ct) =>
        OnOrderAsync(code, async id => { await payments.AcceptReviewedAsync(id, note ?? "", Actor, ct); return text["Đã chấp nhận khoản thanh toán."]; });

    [HttpGet("orders/{code}/refund-payment")]
    public async Task<IActionResult> ConfirmRefundPayment(string code, CancellationToken ct)
    {
        code = code.ToUpperInvariant();
        var order = await db.Orders.Where(o => o.Code == code && o.Status == OrderStatus.PaidNeedsReview)
            .Select(o => new { Amount = o.PaidAmountDong ?? o.TotalDong, Buyer = o.Buyer.Name, Method = o.PaymentMethod }).FirstOrDefaultAsync(ct);
        if (order is null) return NotFound();
        var byTransfer = order.Method == PaymentMethod.VietQr;
        return View("Confirm", new ConfirmationModel(text.Format("Hoàn lại khoản thanh toán của đơn DH{0} cho {1}?", code, order.Buyer),
            [text["Đơn không được giữ hàng nữa: khoản tiền đến sau khi đơn đã hết hạn hoặc bị huỷ."],
             byTransfer ? text["Chuyển khoản trả khách trước, rồi ghi mã giao dịch ngân hàng dưới đây."] : text["Tiền được hoàn về thẻ của khách qua Stripe."],
             text["Không thể hoàn tác."]],
            text.Format("Hoàn {0} cho khách", Vnd.Format(order.Amount)), $"/admin/orders/{code}")
        {
            Amount = Vnd.Format(order.Amount),
            Fields = byTransfer ? [new ConfirmationField("reference", text["Mã giao dịch chuyển tiền hoàn lại"], MaxLength: 64)] : [],
        });
    }

    [HttpPost("orders/{code}/refund-payment")]
    public Task<IActionResult> RefundPayment(string code, string? reference, bool confirmed, CancellationToken ct) =>
        !confirmed ? Task.FromResult(this.ToConfirmation()) : OnOrderAsync(code, async id => { await administration.RefundReviewedAsync(id, reference, Actor, ct); return text["Đã ghi nhận hoàn tiền."]; });

    [HttpGet("orders/{code}/parts/{partId:int}/refund")]
    public async Task<IActionResult> ConfirmRefundPart(string code, int partId, CancellationToken ct)
    {
        code = code.ToUpperInvariant();
        var part = await db.SubOrders.Where(s => s.Id == partId && s.Order!.Code == code)
            .Select(s => new { TotalDong = s.GoodsDong + s.ShippingDong, Producer = s.ProducerName, Buyer = s.Order!.Buyer.Name, Method = s.Order.PaymentMethod }).FirstOrDefaultAsync(ct);
        if (part is null) return NotFound();
        var byTransfer = part.Method == PaymentMethod.VietQr;
        var refundedByComplaints = await administration.ComplaintRefundsAsync(partId, ct);
        var amount = part.TotalDong - refundedByComplaints;
        return View("Confirm", new ConfirmationModel(text.Format("Hoàn tiền phần đơn của {0} cho {1}?", part.Producer, part.Buyer),
            [text.Format("Đơn DH{0}: phần đơn của {1} chuyển sang “Đã hoàn tiền” và không giao nữa.", code, part.Producer),
             byTransfer ? text["Chuyển khoản trả khách trước, rồi ghi mã giao dịch ngân hàng dưới đây."] : text["Tiền được hoàn về thẻ của khách qua Stripe."],
             .. (refundedByComplaints > 0 ? [text.Format("Khiếu nại đã hoàn {0}; chỉ hoàn phần còn lại.", Vnd.Format(refundedByComplaints))] : Array.Empty<string>()),
             text["Không thể hoàn tác."]],
            text.Format("Hoàn {0} cho khách", Vnd.Format(amount)), $"/admin/orders/{code}")
        {
            Amount = Vnd.Format(amount),
            Fields = byTransfer ? [new ConfirmationField("reference", text["Mã giao dịch hoàn tiền"], MaxLength: 64)] : [],
        });
    }

    [HttpPost("orders/{code}/parts/{partId:int}/refund")]
    public Task<IActionResult> RefundPart(string code, int partId, string? reference, bool confirmed, CancellationToken ct) =>
        !confirmed ? Task.FromResult(this.ToConfirmation()) : OnOrderAsync(code, async id =>
        {
            if (!await db.SubOrders.AnyAsync(s => s.Id == partId && s.OrderId == id, ct)) throw new DomainException(text["Phần đơn không thuộc đơn này."]);
            await administration.RefundPartAsync(partId, reference, Actor, ct);
            return text["Đã hoàn tiền phần đơn."];
        });

    [HttpGet("payments")]
    public async Task<IActionResult> Transfers(CancellationToken ct) =>
        View(await pages.TransfersAsync(TempData["notice"] as string, TempData["error"] as string, ct));

    [HttpPost("payments/{id:int}/resolve")]
    public async Task<IActionResult> Resolve(int id, string? note, CancellationToken ct)
    {
        try { await inbox.ResolveAsync(id, note ?? "", Actor, ct); TempData["notice"] = text["Đã đánh dấu giao dịch là đã xử lý."]; }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Transfers));
    }

    [HttpGet("ledger")]
    public async Task<IActionResult> Ledger(CancellationToken ct) =>
        View(await pages.LedgerAsync(TempData["notice"] as string, TempData["error"] as string, ct));

    [HttpPost("ledger/{producerId:int}/payout")]
    public async Task<IActionResult> Payout(int producerId, long amountDong, string? reference, CancellationToken ct)
    {
        try
        {
            await administration.RecordPayoutAsync(producerId, amountDong, reference ?? "", Actor, ct);
            TempData["notice"] = text["Đã ghi nhận chuyển tiền cho nhà sản xuất."];
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Ledger));
    }

    [HttpGet("communes")]
    public async Task<IActionResult> Communes(CancellationToken ct)
    {
        ViewData["notice"] = TempData["notice"];
        ViewData["error"] = TempData["error"];
        return View(await communes.NamesAsync(site.Value.Province, ct));
    }

    [HttpPost("communes"), RequestSizeLimit(MaxCsvBytes + 64 * 1024), RequestFormLimits(MultipartBodyLengthLimit = MaxCsvBytes + 64 * 1024)]
    public async Task<IActionResult> Communes(IFormFile? file, CancellationToken ct)
    {
        try
        {
            if (file is null || file.Length == 0) throw new DomainException(text["Hãy chọn tệp CSV."]);
            if (file.Length > MaxCsvBytes) throw new DomainException(text["Tệp lớn hơn 512 KB."]);
            await using var stream = file.OpenReadStream();
            var count = await communes.ImportCsvAsync(site.Value.Province, stream, ct);
            TempData["notice"] = text.Format("Đã thay danh sách: {0} xã/phường.", count);
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Communes));
    }

    private async Task<IActionResult> OnOrderAsync(string code, Func<int, Task<string>> action)
    {
        code = code.ToUpperInvariant();
        var id = await db.Orders.Where(o => o.Code == code).Select(o => (int?)o.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (id is null) return NotFound();
        try { TempData["notice"] = await action(id.Value); }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        catch (Stripe.StripeException ex) { TempData["error"] = text.Format("Stripe từ chối: {0}", ex.Message); }
        return Redirect($"/admin/orders/{code}"); // not RedirectToAction: lowercase URLs would lowercase the code
    }
}
