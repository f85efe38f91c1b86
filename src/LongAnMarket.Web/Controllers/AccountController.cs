using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Privacy;
using LongAnMarket.Web.Accounts;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Controllers;

/// <summary>Sign-up with email confirmation, sign-in with lockout, sign-out, forgotten and changed passwords.</summary>
[Route("account")]
public sealed class AccountController(
    UserManager<MarketUser> users, SignInManager<MarketUser> signIn, AccountEmails emails, Consents consents, UiText text, TimeProvider clock) : Controller
{
    private const string NoticeKey = "notice";
    private const string Registered = "Đã tạo tài khoản. Hãy mở email chúng tôi vừa gửi để xác nhận địa chỉ, rồi đăng nhập.";
    /// <summary>One answer for a wrong password, an unknown email and a locked account, so the form tells nobody which.</summary>
    private const string SignInRefused = "Email hoặc mật khẩu không đúng. Sau 5 lần nhập sai, tài khoản tạm khoá 15 phút: khi đó hãy thử lại sau hoặc đặt lại mật khẩu.";

    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("register"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Register(RegisterForm form, CancellationToken ct)
    {
        var email = (form.Email ?? "").Trim();
        var user = new MarketUser { UserName = email, Email = email, DisplayName = (form.DisplayName ?? "").Trim(), CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        // The password's own faults with the form's, all at once and for every address alike; only then whether the address is taken.
        if (!string.IsNullOrEmpty(form.Password))
            foreach (var validator in users.PasswordValidators)
                if (await validator.ValidateAsync(users, user, form.Password) is { Succeeded: false } result)
                    foreach (var error in result.Errors) ModelState.AddModelError(FieldOf(error.Code), error.Description);
        if (!ModelState.IsValid) return View(form);
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            // The same page as for a new address; the owner is told by mail, so nobody learns here who has an account.
            users.PasswordHasher.HashPassword(owner, form.Password);
            await emails.SendAlreadyRegisteredAsync(owner.Email!, ct);
            return Notice(text[Registered], "/account/login");
        }
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded) return ViewWithErrors(form, created);
        await users.AddToRoleAsync(user, MarketRoles.Shopper);
        await consents.GiveAsync(user.Id, ConsentPurpose.Account, "register", ct);
        if (form.MarketingEmails) await consents.GiveAsync(user.Id, ConsentPurpose.MarketingEmail, "register", ct);
        await SendConfirmationAsync(user, ct);
        return Notice(text[Registered], "/account/login");
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(code))
            return View("Message", text["Đường dẫn xác nhận không hợp lệ. Hãy đăng nhập để nhận một đường dẫn mới."]);
        var result = await users.ConfirmEmailAsync(user, code);
        return result.Succeeded
            ? Notice(text["Email đã được xác nhận. Mời bạn đăng nhập."], "/account/login")
            : View("Message", text["Đường dẫn xác nhận đã hết hạn hoặc không đúng. Hãy đăng nhập để nhận một đường dẫn mới."]);
    }

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("login"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Login(SignInForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is not null && !user.EmailConfirmed && await users.CheckPasswordAsync(user, form.Password))
        {
            await SendConfirmationAsync(user, ct);
            ModelState.AddModelError("", text["Email này chưa được xác nhận. Chúng tôi vừa gửi lại đường dẫn xác nhận; hãy mở email rồi đăng nhập lại."]);
            return View(form);
        }
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        // An unknown address and a locked account skip the password check: spend the same time on a dummy hash.
        if (user is null || result.IsLockedOut) DummyPassword.Check(form.Password);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/account");
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(TwoFactorController.SignIn), "TwoFactor", new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        ModelState.AddModelError("", text[SignInRefused]);
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        // A new security stamp ends this session everywhere: a copy of its cookie opens nothing afterwards.
        if (await users.GetUserAsync(User) is { } user) await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { EmailConfirmed: true })
            await emails.SendPasswordResetAsync(user.Email!, user.Id, await users.GeneratePasswordResetTokenAsync(user), ct);
        // The same answer whether or not the address has an account, so the form cannot be used to probe for one.
        return View("Message", text["Nếu email này có tài khoản, chúng tôi đã gửi đường dẫn đặt lại mật khẩu. Hãy kiểm tra hộp thư."]);
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code)
            ? View("Message", text["Đường dẫn đặt lại mật khẩu không hợp lệ."])
            : View(new ResetPasswordForm { UserId = userId, Code = code });

    [HttpPost("reset-password"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.FindByIdAsync(form.UserId);
        if (user is null) return View("Message", text["Đường dẫn đặt lại mật khẩu không hợp lệ."]);
        var result = await users.ResetPasswordAsync(user, form.Code, form.Password);
        if (!result.Succeeded) return ViewWithErrors(form, result);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await emails.SendPasswordChangedAsync(user.Email!, ct);
        return Notice(text["Đã đặt mật khẩu mới. Mời bạn đăng nhập."], "/account/login");
    }

    [Authorize, HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(new AccountPageModel(user.DisplayName, user.Email!, (await users.GetRolesAsync(user)).ToList(), TempData[NoticeKey] as string));
    }

    [Authorize, HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [Authorize, HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(form);
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.Password);
        if (!result.Succeeded) return ViewWithErrors(form, result);
        await signIn.RefreshSignInAsync(user);
        await emails.SendPasswordChangedAsync(user.Email!, ct);
        TempData[NoticeKey] = text["Đã đổi mật khẩu."];
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Everything the marketplace holds on the signed-in person, as a JSON download.</summary>
    [Authorize, HttpGet("personal-data")]
    public async Task<IActionResult> PersonalData([FromServices] PersonalData data, CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(await data.ExportAsync(user, ct), new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        return File(json, "application/json", $"longanmarket-du-lieu-ca-nhan-{clock.GetUtcNow():yyyyMMdd}.json");
    }

    [Authorize, HttpGet("delete")]
    public IActionResult Delete() => View(new DeleteAccountForm());

    [Authorize, HttpPost("delete")]
    public async Task<IActionResult> Delete(DeleteAccountForm form, [FromServices] PersonalData data)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid) return View(form);
        if (!await users.CheckPasswordAsync(user, form.Password))
        {
            ModelState.AddModelError(nameof(form.Password), text["Mật khẩu không đúng; tài khoản chưa bị xoá."]);
            return View(form);
        }
        var refused = await data.DeleteAsync(user);
        if (refused is not null)
        {
            ModelState.AddModelError("", text[refused]);
            return View(form);
        }
        await signIn.SignOutAsync();
        return View("Message", text["Tài khoản và dữ liệu cá nhân của bạn đã được xoá."]);
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View("Message", text["Tài khoản của bạn không có quyền vào trang này."]);

    private async Task SendConfirmationAsync(MarketUser user, CancellationToken ct) =>
        await emails.SendConfirmationAsync(user.Email!, user.DisplayName, user.Id, await users.GenerateEmailConfirmationTokenAsync(user), ct);

    private IActionResult ViewWithErrors(object form, IdentityResult result)
    {
        foreach (var error in result.Errors) ModelState.AddModelError(FieldOf(error.Code), error.Description);
        return View(form);
    }

    /// <summary>The field an Identity error is about, so its message stands beside it (the form's own line otherwise).</summary>
    private static string FieldOf(string code) => code switch
    {
        "PasswordMismatch" => nameof(ChangePasswordForm.CurrentPassword),
        _ when code.StartsWith("Password", StringComparison.Ordinal) => nameof(NewPasswordForm.Password),
        "DuplicateEmail" or "InvalidEmail" or "DuplicateUserName" or "InvalidUserName" => nameof(RegisterForm.Email),
        _ => "",
    };

    private IActionResult Notice(string message, string next)
    {
        TempData[NoticeKey] = message;
        return LocalRedirect(next);
    }
}
