using System.Net;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Accounts;

/// <summary>Sign-up, confirmation, sign-in, lockout and password reset as a visitor goes through them, on each engine.</summary>
public abstract class AccountTests(AppFixture fixture)
{
    private const string Passphrase = Visitor.Passphrase;
    private readonly MarketAppFactory _app = fixture.App;

    private static string NewEmail() => Visitor.NewEmail();

    private async Task<Visitor> ConfirmedAccountAsync(string email)
    {
        var visitor = new Visitor(_app);
        await visitor.RegisterAsync(email);
        await visitor.GetAsync(MailPickup.LastLink(_app, email, "/account/confirm-email"));
        return visitor;
    }

    [Fact]
    public async Task A_visitor_signs_up_confirms_the_email_signs_in_and_out()
    {
        var email = NewEmail();
        var client = new Visitor(_app);

        var registered = await client.RegisterAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/account/login", registered.Headers.Location?.OriginalString);
        Assert.Contains("xác nhận", (await HtmlPage.ParseAsync(await client.GetAsync("/account/login"))).Text());

        var confirmed = await client.GetAsync(MailPickup.LastLink(_app, email, "/account/confirm-email"));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var signedIn = await client.SignInAsync(email);
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
        var account = await HtmlPage.ParseAsync(await client.GetAsync("/account"));
        Assert.Contains("Nguyễn Thị Lúa", account.Text());
        Assert.Contains("Người mua", account.Text());
        Assert.NotNull(account.QuerySelector("a[href='/account']"));

        var signedOut = await client.SubmitAsync("/account", "/account/logout", []);
        Assert.Equal("/", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_before_confirming_is_refused_and_sends_the_link_again()
    {
        var email = NewEmail();
        var client = new Visitor(_app);
        await client.RegisterAsync(email);

        var refused = await HtmlPage.ParseAsync(await client.SignInAsync(email));

        Assert.Contains("chưa được xác nhận", refused.Text());
        Assert.Equal(2, MailPickup.To(_app, email).Count);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        var email = NewEmail();
        var client = await ConfirmedAccountAsync(email);

        for (var i = 0; i < 4; i++)
            Assert.Contains("không đúng", (await HtmlPage.ParseAsync(await client.SignInAsync(email, "sai mật khẩu rồi nhé"))).Text());
        var fifth = await HtmlPage.ParseAsync(await client.SignInAsync(email, "sai mật khẩu rồi nhé"));
        var rightPasswordTooLate = await HtmlPage.ParseAsync(await client.SignInAsync(email));

        Assert.Contains("tạm khoá 15 phút", fifth.Text());
        Assert.Contains("tạm khoá 15 phút", rightPasswordTooLate.Text());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link_once()
    {
        var email = NewEmail();
        var client = await ConfirmedAccountAsync(email);
        const string newPassphrase = "thanh long ruột đỏ Châu Thành";

        var asked = await HtmlPage.ParseAsync(await client.SubmitAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = email }));
        Assert.Contains("Nếu email này có tài khoản", asked.Text());
        var link = MailPickup.LastLink(_app, email, "/account/reset-password");
        var reset = await client.SubmitAsync(link, "/account/reset-password", new() { ["Password"] = newPassphrase, ["ConfirmPassword"] = newPassphrase });
        Assert.Equal("/account/login", reset.Headers.Location?.OriginalString);

        Assert.Contains("không đúng", (await HtmlPage.ParseAsync(await new Visitor(_app).SignInAsync(email))).Text());
        Assert.Equal("/account", (await new Visitor(_app).SignInAsync(email, newPassphrase)).Headers.Location?.OriginalString);
        var reused = await HtmlPage.ParseAsync(await client.SubmitAsync(link, "/account/reset-password",
            new() { ["Password"] = "một mật khẩu khác nữa", ["ConfirmPassword"] = "một mật khẩu khác nữa" }));
        Assert.Contains("hết hạn hoặc đã được dùng", reused.Text());
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_tells_the_owner()
    {
        var visitor = new Visitor(_app);
        var email = await visitor.SignUpAndInAsync();
        const string newPassphrase = "khóm Bến Lức ngọt lịm";

        var wrong = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/account/change-password", "/account/change-password",
            new() { ["CurrentPassword"] = "không phải mật khẩu", ["Password"] = newPassphrase, ["ConfirmPassword"] = newPassphrase }));
        Assert.Contains("Mật khẩu hiện tại không đúng", wrong.Text());
        var changed = await visitor.SubmitAsync("/account/change-password", "/account/change-password",
            new() { ["CurrentPassword"] = Passphrase, ["Password"] = newPassphrase, ["ConfirmPassword"] = newPassphrase });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Đã đổi mật khẩu", (await visitor.PageAsync("/account")).Text());
        Assert.Contains("vừa được đổi", MailPickup.To(_app, email).Last().Subject);
        Assert.Contains("không đúng", (await HtmlPage.ParseAsync(await new Visitor(_app).SignInAsync(email))).Text());
        Assert.Equal("/account", (await new Visitor(_app).SignInAsync(email, newPassphrase)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Asking_to_reset_an_unknown_address_answers_the_same_and_mails_nothing()
    {
        var email = NewEmail();
        var page = await HtmlPage.ParseAsync(await new Visitor(_app).SubmitAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = email }));
        Assert.Contains("Nếu email này có tài khoản", page.Text());
        Assert.Empty(MailPickup.To(_app, email));
    }

    [Theory]
    [InlineData("ngắn quá", "ngắn quá", "ít nhất 10 ký tự")]
    [InlineData("lúa chín vàng đồng", "lúa chín vàng", "không khớp")]
    public async Task A_weak_or_mistyped_password_gets_a_clear_message_and_creates_nothing(string password, string confirm, string message)
    {
        var email = NewEmail();
        var response = await new Visitor(_app).RegisterAsync(email, password, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlPage.ParseAsync(response)).Text());
        await _app.WithServicesAsync(async services =>
            Assert.Null(await services.GetRequiredService<UserManager<MarketUser>>().FindByEmailAsync(email)));
        Assert.Empty(MailPickup.To(_app, email));
    }

    [Fact]
    public async Task Signing_up_with_a_taken_address_looks_like_a_new_sign_up_and_mails_the_owner_instead()
    {
        var email = NewEmail();
        var first = await new Visitor(_app).RegisterAsync(email);
        var second = await new Visitor(_app).RegisterAsync(email);
        var fresh = await new Visitor(_app).RegisterAsync(NewEmail());

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(fresh.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
        Assert.Contains(MailPickup.To(_app, email), m => m.Subject?.Contains("đã có tài khoản") == true);
    }

    [Fact]
    public async Task The_account_page_asks_a_visitor_to_sign_in_first()
    {
        var response = await new Visitor(_app).GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=%2Faccount", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_create_admin_command_makes_a_confirmed_admin_and_refuses_a_weak_password()
    {
        var email = NewEmail();
        await _app.WithServicesAsync(async services =>
        {
            var accounts = services.GetRequiredService<AccountAdministration>();
            var error = await Assert.ThrowsAsync<AccountException>(() => accounts.EnsureAccountAsync(email, "short", "Admin", MarketRoles.Admin));
            Assert.Contains("ít nhất 10 ký tự", error.Message);
            Assert.True(await accounts.EnsureAccountAsync(email, Passphrase, "Admin", MarketRoles.Admin));
            Assert.False(await accounts.EnsureAccountAsync(email, "another long passphrase", "Admin", MarketRoles.Admin));
        });

        var client = new Visitor(_app);
        Assert.Equal("/account", (await client.SignInAsync(email)).Headers.Location?.OriginalString);
        Assert.Contains("Quản trị viên", (await HtmlPage.ParseAsync(await client.GetAsync("/account"))).Text());
    }
}

public sealed class AccountTestsOnSqlite(SqliteAppFixture fixture) : AccountTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AccountTestsOnMariaDb(MariaDbAppFixture fixture) : AccountTests(fixture), IClassFixture<MariaDbAppFixture>;
