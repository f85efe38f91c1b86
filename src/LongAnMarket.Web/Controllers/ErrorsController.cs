using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>Friendly pages for status codes and unhandled errors; re-executed by the middleware, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("/error/{code:int}")]
    public IActionResult Show([FromRoute] int code)
    {
        // The status comes from the route alone: a posted form field named "code" must not choose it.
        var status = code is >= 400 and <= 599 ? code : 500;
        // A request Kestrel refuses while it is being read (a body over the limit) is the client's fault, not ours.
        // So is a body that cannot be read as the form it claims to be (a multipart file name with a bare quote).
        switch (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error)
        {
            case BadHttpRequestException bad: status = bad.StatusCode; break;
            case InvalidDataException or Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException
                or Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException: status = StatusCodes.Status400BadRequest; break;
        }
        Response.StatusCode = status;
        return View("Show", status);
    }
}
