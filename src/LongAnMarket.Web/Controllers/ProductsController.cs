using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

public sealed class ProductsController(ProductModelFactory factory) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/p/{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken ct)
    {
        var model = await factory.BuildAsync(slug, ct);
        return model is null ? NotFound() : View(model);
    }
}
