using LongAnMarket.Web.Factories;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

public sealed class HomeController(HomeModelFactory factory) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await factory.BuildAsync(ct));
}
