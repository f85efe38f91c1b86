using System.Security.Claims;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Reviews;
using LongAnMarket.Infrastructure.Reviews;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using LongAnMarket.Web.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The buyer reviews a delivered line, through the order's private link or the account that placed it; anyone signed
/// in reports a review they think breaks the rules.
/// </summary>
public sealed class ReviewsController(OrderModelFactory orders, ReviewBook book, ReviewReader reader, UiText text) : Controller
{
    private const long MaxUpload = 6 * 1024 * 1024 * Review.MaxPhotos;

    [HttpGet("orders/{code}/reviews/new")]
    public async Task<IActionResult> New(string code, string? key, int line, CancellationToken ct)
    {
        if (await OrderAccess.BuyersOrderAsync(orders, code, key, User, ct) is not { } order) return NotFound();
        return await PageAsync(order, key, new ReviewForm { Line = line }, ct) is { } page ? View(page) : BackToOrder(order, key);
    }

    [HttpPost("orders/{code}/reviews/new"), EnableRateLimiting(RateLimits.AccountForms), RequestSizeLimit(MaxUpload), RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> New(string code, string? key, ReviewForm form, List<IFormFile>? photos, CancellationToken ct)
    {
        if (await OrderAccess.BuyersOrderAsync(orders, code, key, User, ct) is not { } order) return NotFound();
        if (await PageAsync(order, key, form, ct) is not { } page) return BackToOrder(order, key);
        if (ModelState.IsValid)
        {
            try
            {
                var uploads = await FormPhotos.ReadAsync(photos, Review.MaxPhotos, ct);
                await book.WriteAsync(order.Id, new ReviewDraft(form.Line, form.Stars!.Value, form.Text, uploads), order.UserId is not null, ct);
                TempData["notice"] = text["Cảm ơn bạn đã đánh giá. Đánh giá đã hiện trên trang sản phẩm."];
                return Redirect(OrderAccess.Link(order, key) + "#reviews");
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(page);
    }

    [Authorize, HttpGet("reviews/{id:int}/report")]
    public async Task<IActionResult> Report(int id, CancellationToken ct) =>
        await reader.FindAsync(id, ct) is { Hidden: false } row ? View(new ReportReviewPage(row.Review, row.ProductName, row.ProductSlug, null, false)) : NotFound();

    [Authorize, HttpPost("reviews/{id:int}/report"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Report(int id, string? reason, CancellationToken ct)
    {
        if (await reader.FindAsync(id, ct) is not { Hidden: false } row) return NotFound();
        try
        {
            await book.ReportAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, reason ?? "", ct);
            return View(new ReportReviewPage(row.Review, row.ProductName, row.ProductSlug, null, true));
        }
        catch (DomainException ex)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ReportReviewPage(row.Review, row.ProductName, row.ProductSlug, text.Of(ex), false));
        }
    }

    /// <summary>The form for one line of a delivered part not yet reviewed; null when there is none to review.</summary>
    private async Task<NewReviewPage?> PageAsync(Order order, string? key, ReviewForm form, CancellationToken ct)
    {
        var line = order.SubOrders.Where(s => s.Status == SubOrderStatus.Delivered).SelectMany(s => s.Lines).FirstOrDefault(l => l.Id == form.Line);
        if (line is null || (await reader.StarsByLineAsync(order.Id, ct)).ContainsKey(line.Id)) return null;
        return new NewReviewPage(order.Code, OrderAccess.Link(order, key), OrderAccess.Link(order, key, "/reviews/new"), line.Id, line.ProductName, line.PackSize, form);
    }

    private IActionResult BackToOrder(Order order, string? key)
    {
        TempData["error"] = text["Sản phẩm này chưa giao hoặc đã được bạn đánh giá."];
        return Redirect(OrderAccess.Link(order, key) + "#reviews");
    }
}
