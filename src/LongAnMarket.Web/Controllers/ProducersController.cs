using LongAnMarket.Web.Factories;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

public sealed class ProducersController(ProducerModelFactory factory) : Controller
{
    [HttpGet("/producers")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await factory.ListAsync(ct));

    [HttpGet("/producers/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken ct)
    {
        var model = await factory.BuildAsync(slug, ct);
        return model is null ? NotFound() : View(model);
    }
}
