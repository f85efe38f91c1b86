using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The language links in the footer. A link, not a form: pages then carry no per-visitor token or cookie, so they
/// can be cached, and choosing a language is a harmless preference that needs no CSRF protection.
/// </summary>
public sealed class CultureController : Controller
{
    [HttpGet("/culture/{culture}")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public IActionResult Set(string culture, string? returnUrl)
    {
        var chosen = WebRegistration.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is null) return NotFound();
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
