using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>"Thông tin doanh nghiệp": who runs the marketplace, in full, with the Ministry's badge and the operating rules.</summary>
public sealed class OperatorController(IOptions<OperatorOptions> options) : Controller
{
    [OutputCache(PolicyName = StorefrontPageCache.Policy)]
    [HttpGet("/thong-tin-doanh-nghiep")]
    public IActionResult Index() => View(options.Value);
}
