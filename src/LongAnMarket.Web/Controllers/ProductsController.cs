using LongAnMarket.Web.Factories;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

public sealed class ProductsController(ProductModelFactory factory) : Controller
{
    [HttpGet("/p/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken ct)
    {
        var model = await factory.BuildAsync(slug, ct);
        return model is null ? NotFound() : View(model);
    }
}
