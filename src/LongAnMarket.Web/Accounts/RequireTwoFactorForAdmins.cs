using System.Security.Claims;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// Administrators work only in a session that passed two-factor sign-in. A session that signed in with the password
/// alone is signed out and sent to sign in again; an admin without an authenticator is mailed a single-use link to set
/// one up, since a password-only session must never be shown a new secret (whoever knew the password would own it).
/// </summary>
public sealed class RequireTwoFactorForAdmins(UserManager<MarketUser> users, SignInManager<MarketUser> signIn,
    AdminEnrolments enrolments, AccountEmails emails, ITempDataDictionaryFactory tempData, UiText text) : IAsyncAuthorizationFilter
{
    public static bool PassedTwoFactor(ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var principal = context.HttpContext.User;
        if (!principal.IsInRole(MarketRoles.Admin) || PassedTwoFactor(principal)) return;
        var user = await users.GetUserAsync(principal);
        if (user is null) return;
        var request = context.HttpContext.Request;
        var returnUrl = request.Path + request.QueryString;
        var hasAuthenticator = await users.GetTwoFactorEnabledAsync(user);
        if (!hasAuthenticator && await enrolments.IssueAsync(user) is { } secret)
            await emails.SendAdminEnrolmentAsync(user.Email!, user.Id, secret, context.HttpContext.RequestAborted);
        var notices = tempData.GetTempData(context.HttpContext);
        notices["notice"] = hasAuthenticator
            ? text["Khu vực quản trị cần đăng nhập bằng mật khẩu và mã từ ứng dụng xác thực."]
            : text["Tài khoản quản trị cần xác thực hai bước. Chúng tôi đã gửi đường dẫn thiết lập tới email của tài khoản: mở đường dẫn đó để tiếp tục."];
        await signIn.SignOutAsync();
        notices.Save(); // no result filter runs after an authorization filter short-circuits
        context.Result = new RedirectResult($"/account/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
