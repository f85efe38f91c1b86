using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

/// <summary>Operating rules, privacy policy, returns, contact: text from the database.</summary>
public sealed class PagesController(SitePageModelFactory factory) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/pages/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var model = await factory.BuildAsync(slug, ct);
        return model is null ? NotFound() : View(model);
    }
}
