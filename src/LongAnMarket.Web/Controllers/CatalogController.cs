using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

/// <summary>The product grid: all products, or one category's.</summary>
public sealed class CatalogController(CatalogModelFactory factory, ReferenceData reference, UiText text) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/products")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var notices = new List<string>();
        var query = CatalogQueryParser.Parse(Request.Query, notices);
        var heading = new CatalogModelFactory.Heading(text["Tất cả sản phẩm"], null, "/products", CategoryFixed: false);
        return View("Index", await factory.BuildAsync(query, notices, heading, ct));
    }

    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/c/{slug}")]
    public async Task<IActionResult> Category(string slug, CancellationToken ct)
    {
        var category = await reference.FindCategoryAsync(slug, ct);
        if (category is null) return NotFound();
        var notices = new List<string>();
        var query = CatalogQueryParser.Parse(Request.Query, notices) with { Category = category.Slug };
        var title = UiText.IsEnglish && category.NameEn.Length > 0 ? category.NameEn : category.Name;
        var heading = new CatalogModelFactory.Heading(title, null, $"/c/{category.Slug}", CategoryFixed: true);
        return View("Index", await factory.BuildAsync(query, notices, heading, ct));
    }
}
