using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Payments;
using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// A shopper's order: confirmation, payment (VietQR or card), timeline; a guest's tracking by code and email; an
/// account's history. An order opens for its account, an admin, or the secret key in its link, never for its code alone
/// (the code is printed on bank statements).
/// </summary>
public sealed class OrdersController(OrderModelFactory pages, VietQrPanels vietQr, StripeGateway stripe, PayOsCheckout payOs, MarketDbContext db,
    SiteUrls urls, UiText text, ILogger<OrdersController> logger) : Controller
{
    [HttpGet("orders/{code}")]
    public async Task<IActionResult> Details(string code, string? key, string? paid, CancellationToken ct)
    {
        var order = await AllowedAsync(code, key, ct);
        if (order is null) return NotFound();
        ViewData["NoIndex"] = true;
        var notice = TempData["notice"] as string
            ?? (order.Status != OrderStatus.PendingPayment ? null : paid switch
            {
                "card" => text["Stripe đang xác nhận thanh toán; trang sẽ cập nhật khi có kết quả."],
                // payOS's redirect says PAID in its query, but only its signed notification pays the order.
                "payos" => text["payOS đang xác nhận khoản chuyển; đơn sẽ chuyển sang đã thanh toán khi ngân hàng báo tiền về."],
                _ => null,
            });
        return View(await pages.PageAsync(order, notice, TempData["error"] as string, ct));
    }

    /// <summary>The VietQR code as a PNG, to save to the phone's photos and open in the banking app.</summary>
    [HttpGet("orders/{code}/vietqr.png")]
    public async Task<IActionResult> VietQrImage(string code, string? key, CancellationToken ct)
    {
        var order = await AllowedAsync(code, key, ct);
        if (order is null || order.Status != OrderStatus.PendingPayment) return NotFound();
        return File(vietQr.Png(order.Code, order.TotalDong), "image/png", $"vietqr-{order.Code}.png");
    }

    /// <summary>Opens a Stripe Checkout Session for the order and sends the shopper there (303).</summary>
    [HttpPost("orders/{code}/pay-by-card")]
    public async Task<IActionResult> PayByCard(string code, string? key, CancellationToken ct)
    {
        var view = await AllowedAsync(code, key, ct);
        if (view is null) return NotFound();
        var back = $"/orders/{view.Code}?key={view.AccessKey}";
        try
        {
            var order = await db.Orders.Include(o => o.SubOrders).ThenInclude(s => s.Lines).FirstAsync(o => o.Id == view.Id, ct);
            if (order.Status != OrderStatus.PendingPayment) throw new DomainException(text["Đơn hàng không còn chờ thanh toán."]);
            var session = await stripe.StartCheckoutAsync(order, urls.Absolute(back + "&paid=card"), urls.Absolute(back), ct);
            order.PayByCard(new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc)));
            await db.SaveChangesAsync(ct);
            Response.Headers.Location = session.Url;
            return StatusCode(StatusCodes.Status303SeeOther);
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        catch (Stripe.StripeException ex)
        {
            logger.LogWarning("Stripe refused a Checkout Session for {Code}: {Reason}", view.Code, ex.Message);
            TempData["error"] = text["Không mở được trang thanh toán thẻ lúc này; hãy thử lại sau ít phút hoặc chuyển khoản VietQR."];
        }
        catch (DbUpdateConcurrencyException) { TempData["error"] = text["Đơn hàng vừa thay đổi; hãy thử lại."]; }
        return Redirect(back);
    }

    /// <summary>Opens (or reopens) the order's payOS payment page and sends the shopper there (303).</summary>
    [HttpPost("orders/{code}/pay-by-payos")]
    public async Task<IActionResult> PayByPayOs(string code, string? key, CancellationToken ct)
    {
        var view = await AllowedAsync(code, key, ct);
        if (view is null) return NotFound();
        var back = $"/orders/{view.Code}?key={view.AccessKey}";
        try
        {
            var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == view.Id, ct);
            if (order.PaymentMethod != PaymentMethod.VietQr) throw new DomainException(text["Đơn này đang thanh toán bằng thẻ."]);
            var url = await payOs.CheckoutUrlAsync(order, urls.Absolute(back + "&paid=payos"), urls.Absolute(back), ct);
            Response.Headers.Location = url;
            return StatusCode(StatusCodes.Status303SeeOther);
        }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        catch (Exception ex) when (ex is PayOsException or HttpRequestException or TaskCanceledException)
        {
            logger.LogWarning("payOS did not open a payment link for {Code}: {Reason}", view.Code, ex.Message);
            TempData["error"] = text["Không mở được trang thanh toán payOS lúc này; hãy thử lại sau ít phút."];
        }
        return Redirect(back);
    }

    [HttpGet("orders/track")]
    public IActionResult Track() => View(new TrackForm());

    [HttpPost("orders/track"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Track(TrackForm form, CancellationToken ct)
    {
        var code = (form.Code ?? "").Trim().ToUpperInvariant().Replace(" ", "");
        if (code.StartsWith("DH")) code = code[2..];
        var email = (form.Email ?? "").Trim().ToLowerInvariant();
        if (code.Length == 0) ModelState.AddModelError(nameof(form.Code), text["Hãy nhập mã đơn hàng, ví dụ DH7K2M9Q."]);
        if (email.Length == 0) ModelState.AddModelError(nameof(form.Email), text["Hãy nhập email đã dùng khi đặt hàng."]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }
        var found = await db.Orders.AsNoTracking().Where(o => o.Code == code)
            .Select(o => new { o.Code, o.AccessKey, o.Buyer.Email }).FirstOrDefaultAsync(ct);
        if (found is null || !OrderAccess.Same(found.Email, email))
        {
            ModelState.AddModelError("", text["Không tìm thấy đơn hàng với mã và email này."]);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }
        return Redirect($"/orders/{found.Code}?key={found.AccessKey}");
    }

    [Authorize, HttpGet("account/orders")]
    public async Task<IActionResult> History(CancellationToken ct) =>
        View(await pages.HistoryAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct));

    private async Task<Order?> AllowedAsync(string code, string? key, CancellationToken ct)
    {
        code = code.ToUpperInvariant();
        if (!Core.Payments.OrderCode.IsValid(code)) return null;
        var order = await pages.FindAsync(code, ct);
        if (order is null) return null;
        return OrderAccess.MayView(order, key, User) ? order : null;
    }
}

public sealed class TrackForm
{
    public string? Code { get; set; }
    public string? Email { get; set; }
}
