using System.Net;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Accounts;

/// <summary>Authenticator-app sign-in: required before the admin area opens, offered to every account.</summary>
public abstract class TwoFactorTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task An_admin_without_an_authenticator_sees_no_secret_in_a_password_session_and_enrols_through_the_mailed_link()
    {
        var email = Visitor.NewEmail();
        await _app.WithServicesAsync(services => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<LongAnMarket.Infrastructure.Identity.AccountAdministration>(services)
            .EnsureAccountAsync(email, Visitor.Passphrase, "Admin", LongAnMarket.Infrastructure.Identity.MarketRoles.Admin));
        var intruder = new Visitor(_app);
        await intruder.SignInAsync(email);

        var manage = await intruder.PageAsync("/account/two-factor");
        Assert.Null(manage.QuerySelector(".shared-key"));
        Assert.Null(manage.QuerySelector(".qr svg"));
        var sent = await intruder.GetAsync("/admin");
        Assert.StartsWith("/account/login", sent.Headers.Location?.OriginalString);
        Assert.Contains("/account/login", (await intruder.GetAsync("/account")).Headers.Location?.OriginalString);

        var link = MailPickup.LastLink(_app, email, "/account/two-factor/enrol");
        var owner = new Visitor(_app);
        var start = await owner.PageAsync(link);
        Assert.Null(start.QuerySelector(".shared-key"));
        var wrongPassword = await HtmlPage.ParseAsync(await owner.SubmitAsync(link, "/account/two-factor/enrol", new() { ["Password"] = "not the password at all" }));
        Assert.Null(wrongPassword.QuerySelector(".shared-key"));
        var secretPage = await HtmlPage.ParseAsync(await owner.SubmitAsync(link, "/account/two-factor/enrol", new() { ["Password"] = Visitor.Passphrase }));
        var key = secretPage.QuerySelector(".shared-key")!.TextContent;
        Assert.NotNull(secretPage.QuerySelector(".qr svg"));
        var form = secretPage.QuerySelector("form[action='/account/two-factor/enrol/confirm']")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["AuthenticatorCode"] = Visitor.AuthenticatorCode(_app, key);
        var done = await HtmlPage.ParseAsync(await owner.Client.PostAsync("/account/two-factor/enrol/confirm", new FormUrlEncodedContent(fields)));

        Assert.Equal(10, done.QuerySelectorAll(".recovery-codes code").Length);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/admin")).StatusCode);
        Assert.Contains("hết hạn hoặc đã được dùng", (await owner.PageAsync(link)).Text());
    }

    [Fact]
    public async Task Signing_in_with_two_factor_asks_for_the_code_and_takes_a_recovery_code_once()
    {
        var (_, email, key) = await Visitor.AdminAsync(_app);
        var codes = await RecoveryCodesAsync(email, key);

        var browser = new Visitor(_app);
        var password = await browser.SignInAsync(email);
        Assert.StartsWith("/account/login-2fa", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);
        var page = password.Headers.Location!.OriginalString;
        var refused = await HtmlPage.ParseAsync(await browser.SubmitAsync(page, "/account/login-2fa", new() { ["Code"] = "123456" }));
        Assert.Contains("Mã không đúng", refused.Text());
        var signedIn = await browser.SubmitAsync(page, "/account/login-2fa", new() { ["Code"] = NextCode(key) });
        Assert.True(signedIn.Headers.Location is not null, (await HtmlPage.ParseAsync(signedIn)).Text());
        Assert.Equal("/account", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        var withRecovery = new Visitor(_app);
        await withRecovery.SignInAsync(email);
        var recovered = await withRecovery.SubmitAsync("/account/login-2fa", "/account/login-2fa", new() { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" });
        Assert.Equal("/account", recovered.Headers.Location?.OriginalString);
        var again = new Visitor(_app);
        await again.SignInAsync(email);
        var reused = await HtmlPage.ParseAsync(await again.SubmitAsync("/account/login-2fa", "/account/login-2fa", new() { ["Code"] = codes[0], ["UseRecoveryCode"] = "true" }));
        Assert.Contains("Mã không đúng", reused.Text());
    }

    [Fact]
    public async Task A_shopper_may_turn_two_factor_on_and_off_but_an_admin_may_not_turn_it_off()
    {
        var shopper = new Visitor(_app);
        await shopper.SignUpAndInAsync();
        await shopper.EnableTwoFactorAsync();
        Assert.Contains("đang bật", (await shopper.PageAsync("/account/two-factor")).Text());
        await shopper.SubmitAsync("/account/two-factor", "/account/two-factor/disable", []);
        Assert.Contains("Bật xác thực hai bước", (await shopper.PageAsync("/account/two-factor")).Text());

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var manage = await admin.PageAsync("/account/two-factor");
        Assert.Null(manage.QuerySelector("form[action='/account/two-factor/disable']"));
        var token = manage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await HtmlPage.ParseAsync(await admin.Client.PostAsync("/account/two-factor/disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));
        Assert.Contains("luôn phải dùng xác thực hai bước", forced.Text());
        Assert.Contains("đang bật", (await admin.PageAsync("/account/two-factor")).Text());
    }

    /// <summary>A code of the next 30-second step: each code is accepted once, so a second sign-in waits for a new one.</summary>
    private string NextCode(string key)
    {
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        return Visitor.AuthenticatorCode(_app, key);
    }

    /// <summary>A fresh set of recovery codes for a signed-in two-factor session of <paramref name="email"/>.</summary>
    private async Task<List<string>> RecoveryCodesAsync(string email, string key)
    {
        var visitor = new Visitor(_app);
        var password = await visitor.SignInAsync(email);
        await visitor.SubmitAsync(password.Headers.Location!.OriginalString, "/account/login-2fa", new() { ["Code"] = NextCode(key) });
        var page = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/account/two-factor", "/account/two-factor/recovery-codes", []));
        return page.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
    }
}

public sealed class TwoFactorTestsOnSqlite(SqliteAppFixture fixture) : TwoFactorTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class TwoFactorTestsOnMariaDb(MariaDbAppFixture fixture) : TwoFactorTests(fixture), IClassFixture<MariaDbAppFixture>;
