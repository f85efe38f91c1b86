using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Controllers;

/// <summary>The language switch in the footer: a form, so it works without JavaScript.</summary>
public sealed class CultureController : Controller
{
    [HttpPost("/culture")]
    public IActionResult Set([FromForm] string culture, [FromForm] string? returnUrl)
    {
        var chosen = WebRegistration.Cultures.FirstOrDefault(c => c.Name == culture) ?? WebRegistration.Cultures[0];
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
