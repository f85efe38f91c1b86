using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using LongAnMarket.Tests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Accounts;

/// <summary>
/// In Chromium at a phone's and a desktop's width: an admin made without an authenticator signs in with its password,
/// is sent back to sign-in with no secret shown, and sets one up through the mailed single-use link.
/// </summary>
public sealed class AdminEnrolmentJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1366, 900, false)]
    public async Task An_admin_sets_up_its_authenticator_only_through_the_mailed_link(int width, int height, bool phone)
    {
        var email = $"so-{width}-{Guid.NewGuid():N}@example.vn";
        const string password = "phòng quản lý thương mại tỉnh";
        await Fixture.Site.RunCommandAsync("create-admin", "--email", email, "--password", password, "--enrol-by-email");
        await using var context = await Fixture.SizedAsync(width, height, phone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account$"), new() { WaitUntil = WaitUntilState.Commit }); // the load event after a POST redirect is not always reported
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản của tôi" })).ToBeVisibleAsync();
        await page.GotoAsync("/account/two-factor");
        await Assertions.Expect(page.Locator(".shared-key")).ToHaveCountAsync(0);
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/account/login?ReturnUrl=*");
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("đã gửi đường dẫn thiết lập");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"50-admin-sent-to-sign-in-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync(EnrolmentLink(email));
        await Assertions.Expect(page.Locator(".shared-key")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"51-admin-enrolment-password-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
        await Assertions.Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"52-admin-enrolment-secret-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var key = await page.Locator(".shared-key").InnerTextAsync();
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai bước" }).ClickAsync();
        Assert.Equal(10, await page.Locator(".recovery-codes code").CountAsync());
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"53-admin-enrolment-done-{width}"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Vào khu vực quản trị" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    private string EnrolmentLink(string email)
    {
        var message = Directory.EnumerateFiles(Path.Combine(Fixture.Site.DataPath, "mail-pickup"), "*.eml")
            .Select(f => MimeKit.MimeMessage.Load(f)).Last(m => m.To.Mailboxes.Any(b => b.Address == email));
        return new Uri(Regex.Match(message.TextBody ?? "", @"https?://\S+/account/two-factor/enrol\S+").Value).PathAndQuery;
    }
}
