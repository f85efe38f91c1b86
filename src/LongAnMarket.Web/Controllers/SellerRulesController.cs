using LongAnMarket.Core.Common;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>A producer reads the operating rules in force (and the next announced) and accepts them for its business.</summary>
[Route("seller/rules")]
public sealed class SellerRulesController(SellerModelFactory sellers, RulesModelFactory pages, OperatingRules rules, UiText text)
    : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(string? returnUrl, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
            View(await pages.SellerAsync(producerId, Url.IsLocalUrl(returnUrl) ? returnUrl : null, TempData["notice"] as string, ct)));

    [HttpPost("accept")]
    public Task<IActionResult> Accept(int version, string? returnUrl, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            try
            {
                await rules.AcceptAsync(producerId, version, Actor, ct);
                TempData["notice"] = text.Format("Đã ghi nhận: doanh nghiệp đồng ý Quy chế hoạt động phiên bản {0}.", version);
            }
            catch (DomainException ex) { TempData["notice"] = text.Of(ex); }
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToAction(nameof(Index));
        });
}
