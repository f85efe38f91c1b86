using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

/// <summary>The operating rules: the version in force, and every version ever published at its own unchanging address.</summary>
public sealed class RulesController(RulesModelFactory factory) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/pages/quy-che-hoat-dong")]
    public async Task<IActionResult> InForce(CancellationToken ct) =>
        await factory.PageAsync(null, ct) is { } page ? View("Show", page) : NotFound();

    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/pages/quy-che-hoat-dong/v{number:int:min(1)}")]
    public async Task<IActionResult> Version(int number, CancellationToken ct) =>
        await factory.PageAsync(number, ct) is { } page ? View("Show", page) : NotFound();
}
