using System.Security.Claims;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>Two-factor sign-in with an authenticator app (TOTP) or a recovery code: required for admins, offered to everyone.</summary>
[Route("account")]
public sealed class TwoFactorController(
    UserManager<MarketUser> users, SignInManager<MarketUser> signIn, IOptions<SiteOptions> site, UiText text) : Controller
{
    public const int RecoveryCodeCount = 10;

    [HttpGet("login-2fa")]
    public async Task<IActionResult> SignIn(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(AccountController.Login), "Account");
        return View(new TwoFactorSignInForm { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("login-2fa"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> SignIn(TwoFactorSignInForm form)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(AccountController.Login), "Account");
        if (!ModelState.IsValid) return View(form);
        var result = form.UseRecoveryCode // recovery codes look like "a1b2c-d3e4f"; authenticator codes are 6 digits, often typed "123 456"
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(form.Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(new string(form.Code.Where(char.IsAsciiDigit).ToArray()), form.RememberMe, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/account");
        ModelState.AddModelError("", result.IsLockedOut
            ? text["Tài khoản tạm khoá vì nhập sai quá nhiều lần. Hãy thử lại sau 15 phút."]
            : text["Mã không đúng hoặc đã hết hạn."]);
        return View(form);
    }

    [Authorize, HttpGet("two-factor")]
    public async Task<IActionResult> Manage() => await ManageViewAsync(null, new EnableAuthenticatorForm());

    [Authorize, HttpPost("two-factor/enable")]
    public async Task<IActionResult> Enable(EnableAuthenticatorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await EnrolsByEmailAsync(user)) return RedirectToAction(nameof(Manage));
        if (!ModelState.IsValid) return await ManageViewAsync(null, form);
        var code = new string(form.Code.Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("", text["Mã không đúng. Kiểm tra giờ trên điện thoại rồi nhập mã mới nhất."]);
            return await ManageViewAsync(null, form);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        // The code just proved the authenticator is in hand: this session counts as two-factor from now on.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return await ManageViewAsync(recoveryCodes, new EnableAuthenticatorForm());
    }

    [Authorize, HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Manage));
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        return await ManageViewAsync(codes, new EnableAuthenticatorForm());
    }

    [Authorize, HttpPost("two-factor/disable")]
    public async Task<IActionResult> Disable()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await users.IsInRoleAsync(user, MarketRoles.Admin))
        {
            ModelState.AddModelError("", text["Tài khoản quản trị luôn phải dùng xác thực hai bước."]);
            return await ManageViewAsync(null, new EnableAuthenticatorForm());
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["notice"] = text["Đã tắt xác thực hai bước."];
        return RedirectToAction(nameof(Manage));
    }

    /// <summary>An admin without an authenticator sets one up only through the link mailed to it, never from this page.</summary>
    private async Task<bool> EnrolsByEmailAsync(MarketUser user) =>
        await users.IsInRoleAsync(user, MarketRoles.Admin) && !await users.GetTwoFactorEnabledAsync(user);

    private async Task<IActionResult> ManageViewAsync(IReadOnlyList<string>? newRecoveryCodes, EnableAuthenticatorForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await EnrolsByEmailAsync(user))
            return View("Manage", new TwoFactorPageModel(false, true, "", "", 0, null, form, EnrolByEmail: true));
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user); // the reset renewed the security stamp: keep this session valid
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var uri = AuthenticatorUri.For(site.Value.Name, user.Email!, key);
        return View("Manage", new TwoFactorPageModel(
            await users.GetTwoFactorEnabledAsync(user), await users.IsInRoleAsync(user, MarketRoles.Admin),
            AuthenticatorUri.Readable(key), AuthenticatorUri.QrSvg(uri), await users.CountRecoveryCodesAsync(user), newRecoveryCodes, form));
    }
}
