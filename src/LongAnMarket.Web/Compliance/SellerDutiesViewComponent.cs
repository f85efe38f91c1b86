using System.Security.Claims;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Web.Sellers;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Compliance;

/// <summary>What the law asks of the signed-in producer and is still waiting: rules to accept, an identity to confirm.</summary>
public sealed record SellerDutiesModel(RulesVersionSummary? RulesToAccept, IdentityDue? IdentityDue, string ReturnUrl, bool InForm);

/// <summary>
/// At the top of every producer page: the operating rules in force not yet accepted (with the button to accept) and
/// an identity re-confirmation that is due. Inside a listing form it is the checkbox accepting the rules with the save,
/// so nothing typed is lost.
/// </summary>
public sealed class SellerDutiesViewComponent(SellerModelFactory sellers, OperatingRules rules, IdentityModelFactory identities)
    : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(bool inForm = false)
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || await sellers.ProducerIdOfAsync(userId, HttpContext.RequestAborted) is not { } producerId) return Content("");
        var pending = await rules.AwaitingAcceptanceAsync(producerId, HttpContext.RequestAborted);
        var due = inForm ? null : await identities.DueAsync(producerId, HttpContext.RequestAborted);
        if (pending is null && due is null) return Content("");
        return View(new SellerDutiesModel(pending, due, Request.Path + Request.QueryString, inForm));
    }
}
