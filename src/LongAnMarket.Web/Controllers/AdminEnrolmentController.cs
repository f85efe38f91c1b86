using System.Security.Claims;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// An administrator's authenticator, set up through the single-use link mailed to its address: the link, then the
/// password, then a code from the app that just scanned the new secret. Only then is the secret's owner signed in.
/// </summary>
[Route("account/two-factor/enrol")]
public sealed class AdminEnrolmentController(UserManager<MarketUser> users, SignInManager<MarketUser> signIn,
    AdminEnrolments enrolments, IOptions<SiteOptions> site, UiText text) : Controller
{
    private const string Expired = "Đường dẫn thiết lập đã hết hạn hoặc đã được dùng. Mở khu vực quản trị và đăng nhập để nhận đường dẫn mới.";

    [HttpGet("")]
    public async Task<IActionResult> Start(string? userId, string? code) =>
        await LinkHolderAsync(userId, code) is not { } user
            ? View("~/Views/Account/Message.cshtml", text[Expired])
            : View("Enrol", new EnrolmentPageModel(new EnrolmentForm { UserId = userId!, Code = code! }, user.Email!, null, null, null));

    /// <summary>The password proves the link was opened by the account's owner; only then is a secret made and shown.</summary>
    [HttpPost(""), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Password(EnrolmentForm form)
    {
        if (await LinkHolderAsync(form.UserId, form.Code) is not { } user) return View("~/Views/Account/Message.cshtml", text[Expired]);
        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, form.Password ?? "", lockoutOnFailure: true);
        if (!checkedPassword.Succeeded)
        {
            ModelState.AddModelError(nameof(form.Password), text["Mật khẩu không đúng."]);
            return View("Enrol", new EnrolmentPageModel(form, user.Email!, null, null, null));
        }
        await users.ResetAuthenticatorKeyAsync(user);
        return View("Enrol", await WithSecretAsync(user, form));
    }

    [HttpPost("confirm"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Confirm(EnrolmentForm form)
    {
        if (await LinkHolderAsync(form.UserId, form.Code) is not { } user) return View("~/Views/Account/Message.cshtml", text[Expired]);
        var code = new string((form.AuthenticatorCode ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(form.AuthenticatorCode), text["Mã không đúng. Kiểm tra giờ trên điện thoại rồi nhập mã mới nhất."]);
            return View("Enrol", await WithSecretAsync(user, form));
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await enrolments.ConsumeAsync(user);
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, TwoFactorController.RecoveryCodeCount))?.ToList() ?? [];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return View("Enrol", new EnrolmentPageModel(new EnrolmentForm(), user.Email!, null, null, recoveryCodes));
    }

    private async Task<MarketUser?> LinkHolderAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        return user is not null && await users.IsInRoleAsync(user, MarketRoles.Admin) && await enrolments.IsValidAsync(user, code) ? user : null;
    }

    private async Task<EnrolmentPageModel> WithSecretAsync(MarketUser user, EnrolmentForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        return new EnrolmentPageModel(new EnrolmentForm { UserId = form.UserId, Code = form.Code }, user.Email!, AuthenticatorUri.Readable(key),
            AuthenticatorUri.QrSvg(AuthenticatorUri.For(site.Value.Name, user.Email!, key)), null);
    }
}
