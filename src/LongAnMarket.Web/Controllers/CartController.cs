using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using LongAnMarket.Web.Hosting;

namespace LongAnMarket.Web.Controllers;

/// <summary>The cart: one for a guest (cookie) or an account, priced fresh on every view.</summary>
[Route("cart")]
public sealed class CartController(CartStore carts, CartPricing pricing, UiText text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        ViewData["NoIndex"] = true;
        var priced = await pricing.PriceAsync(await carts.FindAsync(CartCookie.Owner(HttpContext), ct), ct);
        var notices = new List<string>();
        if (TempData["notice"] is string notice) notices.Add(notice);
        return View(new CartPageModel(priced, notices, TempData["error"] as string, TempData["back"] as string));
    }

    /// <summary>
    /// What the header's cart link shows, asked for by script after a page loads: cached pages carry nothing of the
    /// visitor, so the count is never in them (and without JavaScript there is none).
    /// </summary>
    [HttpGet("summary")]
    public async Task<IActionResult> Summary(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        var cart = await carts.FindAsync(CartCookie.Owner(HttpContext), ct);
        return Json(new CartSummary(cart?.Lines.Count ?? 0));
    }

    /// <summary>
    /// Posted from product pages, which stay free of cookies and per-visitor tokens so they can be cached and shared;
    /// hence no antiforgery token here. A forged cross-site post gains nothing: the cart and sign-in cookies are
    /// SameSite=Lax, so it would arrive without them, and a browser's cross-site marks are refused outright.
    /// </summary>
    [HttpPost("add"), IgnoreAntiforgeryToken, EnableRateLimiting(RateLimits.CartPosts)]
    public async Task<IActionResult> Add(CartLineForm form, string? returnUrl, CancellationToken ct)
    {
        if (Request.Headers["Sec-Fetch-Site"] == "cross-site") return BadRequest();
        if (!ModelState.IsValid || form.Quantity < 1) return Problem(text["Số lượng phải từ 1 đến 999."], returnUrl);
        try
        {
            var cart = await carts.AddAsync(CartCookie.Owner(HttpContext), form.VariantId, form.Quantity, ct);
            if (cart.UserId is null) CartCookie.Remember(HttpContext, cart.Token);
            if (WantsJson) return Json(new CartAdded(text["Đã thêm vào giỏ hàng."], cart.Lines.Count));
            TempData["notice"] = text["Đã thêm vào giỏ hàng."];
            return RedirectToAction(nameof(Index));
        }
        catch (DomainException ex) { return Problem(text.Of(ex), returnUrl); }
    }

    [HttpPost("update"), EnableRateLimiting(RateLimits.CartPosts)]
    public async Task<IActionResult> Update(CartLineForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return Problem(text["Số lượng phải từ 0 đến 999."], null);
        try { await carts.UpdateAsync(CartCookie.Owner(HttpContext), form.VariantId, form.Quantity, ct); }
        catch (DomainException ex) { TempData["error"] = text.Of(ex); }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("remove"), EnableRateLimiting(RateLimits.CartPosts)]
    public async Task<IActionResult> Remove(int variantId, CancellationToken ct)
    {
        await carts.RemoveAsync(CartCookie.Owner(HttpContext), variantId, ct);
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// To the cart with the reason and a way back to the product: product pages are shared between visitors and
    /// carry no per-visitor message.
    /// </summary>
    /// <summary>The product page's script adds without leaving the page; a form post without it gets the cart page.</summary>
    private bool WantsJson => Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private IActionResult Problem(string message, string? returnUrl)
    {
        if (WantsJson) return UnprocessableEntity(new CartAdded(message, null));
        TempData["error"] = message;
        if (Url.IsLocalUrl(returnUrl)) TempData["back"] = returnUrl;
        return RedirectToAction(nameof(Index));
    }
}
