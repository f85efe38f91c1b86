using System.Security.Claims;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// Administrators work only in a session that passed two-factor sign-in: one without an authenticator is sent to
/// set it up, one that signed in with the password alone (from before the authenticator was set up) signs in again.
/// </summary>
public sealed class RequireTwoFactorForAdmins(
    UserManager<MarketUser> users, SignInManager<MarketUser> signIn, ITempDataDictionaryFactory tempData, UiText text)
    : IAsyncAuthorizationFilter
{
    public static bool PassedTwoFactor(ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var principal = context.HttpContext.User;
        if (!principal.IsInRole(MarketRoles.Admin) || PassedTwoFactor(principal)) return;
        var user = await users.GetUserAsync(principal);
        if (user is null) return;
        var returnUrl = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await signIn.SignOutAsync();
            context.Result = new RedirectResult($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
            return;
        }
        var notices = tempData.GetTempData(context.HttpContext);
        notices["notice"] = text["Tài khoản quản trị phải bật xác thực hai bước trước khi vào khu vực quản trị."];
        notices.Save(); // no result filter runs after an authorization filter short-circuits
        context.Result = new RedirectResult("/account/two-factor");
    }
}
