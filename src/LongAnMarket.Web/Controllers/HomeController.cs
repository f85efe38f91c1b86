using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

public sealed class HomeController(HomeModelFactory factory) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await factory.BuildAsync(ct));
}
