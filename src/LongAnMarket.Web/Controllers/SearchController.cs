using LongAnMarket.Core.Search;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace LongAnMarket.Web.Controllers;

/// <summary>Full-text search with facets, and the suggestions the search box offers while a shopper types.</summary>
public sealed class SearchController(SearchModelFactory factory) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/search")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var notices = new List<string>();
        var query = SearchQueryParser.Parse(Request.Query, notices);
        return View(await factory.BuildAsync(query, notices, ct));
    }

    [HttpGet("/search/suggest")]
    public async Task<IActionResult> Suggest([FromQuery] string? q, CancellationToken ct)
    {
        var (suggestions, didYouMean) = await factory.SuggestAsync(q ?? "", ct);
        return Json(new
        {
            suggestions = suggestions.Select(s => new
            {
                kind = s.Kind switch { SuggestionKind.Product => "product", SuggestionKind.Producer => "producer", _ => "category" },
                text = s.Text,
                url = s.Kind switch { SuggestionKind.Product => $"/p/{s.Slug}", SuggestionKind.Producer => $"/producers/{s.Slug}", _ => $"/c/{s.Slug}" },
            }),
            didYouMean = didYouMean is null ? null : new { text = didYouMean, url = "/search" + QueryString.Create("q", didYouMean) },
        });
    }
}
