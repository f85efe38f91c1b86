using System.Text.RegularExpressions;
using LongAnMarket.Tests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>What the trade office does in a browser test: sign in as a fresh admin, mark a transfer received.</summary>
public static class AdminDesk
{
    /// <summary>A fresh admin made with the create-admin command, signed in with the authenticator secret it printed once.</summary>
    public static async Task SignInAsync(RunningSite site, IPage page)
    {
        var email = $"so-cong-thuong-{Guid.NewGuid():N}@example.vn";
        const string password = "phòng quản lý thương mại tỉnh";
        var printed = await site.RunCommandAsync("create-admin", "--email", email, "--password", password);
        var secret = Regex.Match(printed, @"secret=([A-Z2-7]+)").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(secret), $"create-admin printed no otpauth URI: {printed}");
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login-2fa**");
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account$"), new() { WaitUntil = WaitUntilState.Commit }); // the load event after a POST redirect is not always reported
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản của tôi" })).ToBeVisibleAsync();
    }

    /// <summary>The admin saw the order's transfer in the bank and marks it paid (the amount the form proposes).</summary>
    public static async Task MarkPaidAsync(IPage admin, string code, string bankReference)
    {
        await admin.GotoAsync($"/admin/orders/{code}");
        await admin.GetByLabel("Mã giao dịch ngân hàng").FillAsync(bankReference);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã nhận tiền" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main [role=status]").First).ToContainTextAsync("đơn hàng đã thanh toán");
    }
}
