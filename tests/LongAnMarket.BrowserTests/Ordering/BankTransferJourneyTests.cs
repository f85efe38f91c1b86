using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>
/// A shopper pays by transfer and the order turns paid with nobody at the trade office: through payOS's checkout page
/// (its stand-in), and through SePay watching the marketplace's account (a transfer made in its sandbox), at 390 and 1366 px.
/// </summary>
public sealed class BankTransferJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, true)]
    [InlineData(1366, false)]
    public async Task A_transfer_through_payOS_checkout_pays_the_order(int width, bool phone)
    {
        await using var context = await Fixture.SizedAsync(width, phone ? 844 : 900, phone);
        var shopper = await context.NewPageAsync();
        var code = await PlaceOrderAsync(shopper);

        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Name = "Chuyển khoản qua payOS" })).ToBeVisibleAsync();
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot($"123-order-awaiting-transfer-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Mở trang thanh toán payOS" }).ClickAsync();
        await shopper.WaitForURLAsync(url => url.StartsWith(RunningSite.PayOs.ApiBase.ToString(), StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(shopper.Locator("body")).ToContainTextAsync($"DH {code}");
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot($"124-payos-checkout-{width}"), FullPage = true });

        await shopper.GetByRole(AriaRole.Button, new() { Name = "Tôi đã chuyển khoản" }).ClickAsync();
        await shopper.WaitForURLAsync(new Regex($"/orders/{code}\\?key=.*paid=payos"), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Đã thanh toán");
        Assert.Equal(0, await shopper.GetByRole(AriaRole.Button, new() { Name = "Mở trang thanh toán payOS" }).CountAsync());
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot($"125-payos-paid-{width}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);
    }

    [Theory]
    [InlineData(390, true)]
    [InlineData(1366, false)]
    public async Task A_transfer_seen_by_SePay_pays_the_order(int width, bool phone)
    {
        await using var context = await Fixture.SizedAsync(width, phone ? 844 : 900, phone);
        var shopper = await context.NewPageAsync();
        var code = await PlaceOrderAsync(shopper);
        var orderPage = shopper.Url;
        var purpose = await shopper.GetByTestId("purpose").InnerTextAsync();
        var amount = await shopper.Locator("button[data-copy]").Nth(1).GetAttributeAsync("data-copy");
        Assert.Equal($"DH {code}", purpose);

        // The shopper's bank moves the money; SePay sees it land on the marketplace's account (its sandbox makes the transaction).
        await shopper.GotoAsync(new Uri(RunningSite.SePay.ApiBase, "/sandbox").ToString());
        await shopper.GetByLabel("Số tiền").FillAsync(amount!);
        await shopper.GetByLabel("Nội dung").FillAsync($"NGUYEN VAN AN {purpose} chuyen tien");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Tạo giao dịch tiền vào" }).ClickAsync();
        await Assertions.Expect(shopper.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo giao dịch");
        Assert.Equal(0, RunningSite.SePay.Undelivered);

        await shopper.GotoAsync(orderPage);
        await Assertions.Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Đã thanh toán");
        Assert.Equal(0, await shopper.GetByTestId("vietqr").CountAsync());
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot($"126-sepay-paid-{width}"), FullPage = true });
    }

    private static async Task<string> PlaceOrderAsync(IPage shopper)
    {
        await shopper.GotoAsync("/p/gao-nang-thom-cho-dao", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(shopper.Locator("[data-toast]")).ToHaveTextAsync("Đã thêm vào giỏ hàng.");
        await shopper.GotoAsync("/checkout");
        await CheckoutPage.FillRecipientAsync(shopper, "Nguyễn Văn An", "Xã Cần Đước", "Số 3, ấp Chợ");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng" }).ClickAsync();
        await shopper.WaitForURLAsync(new Regex("/orders/[2-9A-Z]{9}\\?key="), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Chờ thanh toán");
        return Regex.Match(shopper.Url, "/orders/([2-9A-Z]{9})").Groups[1].Value;
    }
}
