using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>Friendly pages for status codes and unhandled errors; re-executed by the middleware, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show(int code)
    {
        var status = code is >= 400 and <= 599 ? code : 500;
        // A request Kestrel refuses while it is being read (a body over the limit) is the client's fault, not ours.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
            status = bad.StatusCode;
        Response.StatusCode = status;
        return View("Show", status);
    }
}
