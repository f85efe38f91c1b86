using LongAnMarket.Web.Forms;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Privacy;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>Checkout: who receives it and where; guests welcome. Placing the order reserves stock and opens the payment page.</summary>
[Route("checkout")]
public sealed class CheckoutController(CartStore carts, CartPricing pricing, OrderPlacement placement, CommuneDirectory communes,
    ClientAddresses clients, Consents consents, Infrastructure.Data.MarketDbContext db, IOptions<SiteOptions> site, UiText text, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var priced = await pricing.PriceAsync(await carts.FindAsync(CartCookie.Owner(HttpContext), ct), ct);
        if (priced.IsEmpty) return RedirectToAction(nameof(CartController.Index), "Cart");
        var form = new CheckoutForm { Province = site.Value.Province, Token = Guid.NewGuid(), Email = User.Identity?.IsAuthenticated == true ? User.Identity.Name : null };
        return View(await PageAsync(priced, form, ct));
    }

    [HttpPost(""), EnableRateLimiting(RateLimits.CheckoutPosts)]
    public async Task<IActionResult> Index(CheckoutForm form, CancellationToken ct)
    {
        var owner = CartCookie.Owner(HttpContext);
        if (form.Token == Guid.Empty) ModelState.AddModelError("", text["Trang thanh toán đã cũ; hãy thử lại."]);
        // Every field's problem at once, beside its field: the ones a field left empty, then what the order itself checks.
        foreach (var (field, problem) in Buyer.Problems(form.Name, form.Phone, form.Email, form.Province, form.Commune, form.Street, form.Note))
            if (ModelState[field] is not { Errors.Count: > 0 }) ModelState.AddModelError(field, text.Of(problem));
        if (ModelState.IsValid)
        {
            try
            {
                var invoice = form.ToInvoiceRequest();
                form.Commune = await communes.CanonicalAsync(form.Province!.Trim(), form.Commune!, ct);
                var order = await placement.PlaceAsync(owner, form.ToBuyer(), form.Token, clients.Hash(HttpContext, clock.GetUtcNow().UtcDateTime), ct,
                    form.BuyerConfirmedAdult, invoice);
                if (order.UserId is { } userId) await consents.GiveAsync(userId, ConsentPurpose.DeliveryAddressSharing, "checkout", ct);
                return Redirect($"/orders/{order.Code}?key={order.AccessKey}");
            }
            catch (DomainException ex) { ModelState.AddRefusal(text, ex); }
        }
        var priced = await pricing.PriceAsync(await carts.FindAsync(owner, ct), ct);
        if (priced.IsEmpty) { TempData["error"] = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).FirstOrDefault(); return RedirectToAction(nameof(CartController.Index), "Cart"); }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await PageAsync(priced, form, ct));
    }

    private async Task<CheckoutPageModel> PageAsync(PricedCart priced, CheckoutForm form, CancellationToken ct)
    {
        ViewData["NoIndex"] = true;
        var producerIds = priced.Groups.Select(g => g.ProducerId).ToList();
        var forms = await db.Producers.AsNoTracking().Where(p => producerIds.Contains(p.Id)).Select(p => new { p.Id, p.LegalForm }).ToListAsync(ct);
        return new CheckoutPageModel(priced, form, await communes.NamesAsync(site.Value.Province, ct), site.Value.Province,
            User.Identity?.IsAuthenticated == true)
        {
            InvoiceKinds = forms.ToDictionary(f => f.Id, f => InvoiceRequest.KindFor(f.LegalForm)),
        };
    }
}
