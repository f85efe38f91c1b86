using System.Security.Claims;
using LongAnMarket.Infrastructure.Ordering;

namespace LongAnMarket.Web.Ordering;

/// <summary>The guest cart's token in a cookie (HttpOnly, SameSite=Lax), and whose cart a request is about.</summary>
public static class CartCookie
{
    public const string Name = "longan.cart";

    public static CartOwner Owner(HttpContext context) =>
        new(GuestToken(context), context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null);

    public static Guid? GuestToken(HttpContext context) =>
        Guid.TryParse(context.Request.Cookies[Name], out var token) ? token : null;

    public static void Remember(HttpContext context, Guid token) =>
        context.Response.Cookies.Append(Name, token.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(30),
        });

    public static void Forget(HttpContext context) => context.Response.Cookies.Delete(Name);

    /// <summary>At every sign-in (password, two-factor, after registration): the guest's cart joins the account's.</summary>
    public static async Task MergeAtSignInAsync(HttpContext context, ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (GuestToken(context) is not { } token || userId is null) return;
        await context.RequestServices.GetRequiredService<CartStore>().MergeAsync(token, userId, context.RequestAborted);
        Forget(context);
    }
}
