using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

public sealed class ProducersController(ProducerModelFactory factory) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/producers")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await factory.ListAsync(ct));

    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/producers/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken ct)
    {
        var model = await factory.BuildAsync(slug, ct);
        return model is null ? NotFound() : View(model);
    }
}
