using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The producer's goods-inspection and returns policy: shown on its product pages and at checkout, copied into each
/// order part when placed, never below the trade office's minimum.
/// </summary>
[Route("seller/policies")]
public sealed class SellerPoliciesController(SellerModelFactory sellers, ReturnPolicies policies, UiText text) : ProducerAreaController(sellers)
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            var current = await policies.OfAsync(producerId, ct);
            return View(new ReturnPolicyPage(new ReturnTermsModel(current, true, true), ReturnPolicyForm.Of(current), policies.Minimum,
                TempData["notice"] as string));
        });

    [HttpPost("")]
    public Task<IActionResult> Save(ReturnPolicyForm form, CancellationToken ct) =>
        WithProducerAsync(ct, async producerId =>
        {
            if (ModelState.IsValid)
            {
                var problems = form.ToPolicy().ProblemsAgainst(policies.Minimum);
                foreach (var problem in problems) ModelState.AddModelError(problem.Field ?? "", text.Of(problem));
                if (problems.Count == 0)
                {
                    await policies.SaveAsync(producerId, form.ToPolicy(), ct);
                    TempData["notice"] = text["Đã lưu chính sách đổi trả. Đơn đặt từ bây giờ theo chính sách mới; đơn cũ giữ điều kiện lúc đặt."];
                    return RedirectToAction(nameof(Index));
                }
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var current = await policies.OfAsync(producerId, ct);
            return View("Index", new ReturnPolicyPage(new ReturnTermsModel(current, true, true), form, policies.Minimum, null));
        });
}
