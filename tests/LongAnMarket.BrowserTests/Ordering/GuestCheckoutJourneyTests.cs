using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using LongAnMarket.Core.Payments;
using LongAnMarket.Tests.Support;
using Microsoft.Playwright;
using SkiaSharp;
using ZXing;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>
/// In Chromium on a phone: a guest fills one cart from two producers, checks out, and finds a VietQR code a banking
/// app can read; the trade office sees the transfer and marks it received; the order shows paid with two parts.
/// </summary>
public sealed class GuestCheckoutJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task A_guest_buys_from_two_producers_pays_by_vietqr_and_the_order_shows_paid_in_two_parts()
    {
        await using var phone = await Fixture.PhoneAsync();
        var shopper = await phone.NewPageAsync();
        await AddToCartAsync(shopper, "/p/gao-nang-thom-cho-dao", 2);
        await AddToCartAsync(shopper, "/p/lap-xuong-tom-can-duoc", 1);
        await Assertions.Expect(shopper.Locator("section.cart-group")).ToHaveCountAsync(2);
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("40-phone-cart-two-producers"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);

        await shopper.GetByRole(AriaRole.Link, new() { Name = "Tiến hành đặt hàng" }).ClickAsync();
        await CheckoutPage.FillRecipientAsync(shopper, "Lê Thị Thanh", "Xã Cần Đước", "Số 8, ấp Chợ");
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("41-phone-checkout"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng" }).ClickAsync();
        await shopper.WaitForURLAsync(new Regex("/orders/[2-9A-Z]{9}\\?key="), new() { WaitUntil = WaitUntilState.Commit });
        var code = Regex.Match(shopper.Url, "/orders/([2-9A-Z]{9})").Groups[1].Value;

        await Assertions.Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Chờ thanh toán");
        await Assertions.Expect(shopper.GetByTestId("purpose")).ToHaveTextAsync($"DH {code}");
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("42-phone-vietqr"), FullPage = true });
        await shopper.Locator("section.pay").ScreenshotAsync(new() { Path = Fixture.Screenshot("42-phone-vietqr-panel") });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);
        var payload = VietQrPayload.Decode(Scan(await shopper.GetByTestId("vietqr").Locator("svg").ScreenshotAsync()));
        var total = long.Parse(await shopper.Locator("button[data-copy]").Nth(1).GetAttributeAsync("data-copy") ?? "0");
        Assert.Equal(("970436", $"DH {code}", total), (payload.BankBin, payload.Purpose, payload.AmountDong));
        Assert.True(total > 0);

        await using var desktop = await Fixture.DesktopAsync();
        var admin = await desktop.NewPageAsync();
        await AdminDesk.SignInAsync(Fixture.Site, admin);
        await admin.GotoAsync($"/admin/orders/{code}");
        await Assertions.Expect(admin.GetByLabel("Số tiền nhận được (₫)")).ToHaveValueAsync(total.ToString());
        await AdminDesk.MarkPaidAsync(admin, code, "FT26333001");
        await admin.ScreenshotAsync(new() { Path = Fixture.Screenshot("43-admin-order-paid"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        await shopper.ReloadAsync();
        await Assertions.Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Đã thanh toán");
        await Assertions.Expect(shopper.GetByTestId("part-status")).ToHaveCountAsync(2);
        foreach (var part in await shopper.GetByTestId("part-status").AllAsync())
            await Assertions.Expect(part).ToHaveTextAsync("Đã thanh toán");
        Assert.Equal(0, await shopper.GetByTestId("vietqr").CountAsync());
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("44-phone-order-paid"), FullPage = true });

        // The rice cooperative fulfils its own part; the shopper sees it move.
        await using var office = await Fixture.DesktopAsync();
        var producer = await office.NewPageAsync();
        await ProducerDesk.SignInAsync(producer);
        await producer.GotoAsync("/seller/orders");
        await producer.GetByRole(AriaRole.Link, new() { Name = code }).ClickAsync();
        await Assertions.Expect(producer.Locator("main")).ToContainTextAsync("Lê Thị Thanh");
        await Assertions.Expect(producer.Locator("main")).Not.ToContainTextAsync("Lạp xưởng tôm"); // the other producer's line
        await producer.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu chuẩn bị hàng" }).ClickAsync();
        await Assertions.Expect(producer.Locator("form[action$='/ship']")).ToContainTextAsync("lô ");
        await producer.GetByLabel("Đơn vị vận chuyển").FillAsync("Viettel Post");
        await producer.GetByLabel("Mã vận đơn").FillAsync("VTP2611290001");
        await producer.ScreenshotAsync(new() { Path = Fixture.Screenshot("45-producer-ships-its-part"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(producer);
        await producer.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã gửi hàng" }).ClickAsync();
        await Assertions.Expect(producer.Locator("main [role=status]").First).ToContainTextAsync("Đã ghi nhận gửi hàng");

        await shopper.ReloadAsync();
        await Assertions.Expect(shopper.GetByTestId("part-status").Filter(new() { HasText = "Đang giao" })).ToHaveCountAsync(1);
        await Assertions.Expect(shopper.Locator("main")).ToContainTextAsync("VTP2611290001");
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("46-phone-order-part-shipped"), FullPage = true });

        // Delivered, a bag arrives torn: the guest complains with a photo, the cooperative offers half, the guest
        // escalates, the trade office decides a refund and pays it, and the books still add up (#25).
        await producer.GetByRole(AriaRole.Button, new() { Name = "Xác nhận đã giao" }).ClickAsync();
        await Assertions.Expect(producer.Locator("main [role=status]").First).ToBeVisibleAsync();
        await shopper.ReloadAsync();
        await shopper.GetByRole(AriaRole.Link, new() { Name = "Khiếu nại về hàng đã nhận" }).ClickAsync();
        await shopper.GetByLabel("Gạo Nàng Thơm Chợ Đào", new() { Exact = false }).FillAsync("1");
        await shopper.GetByLabel("Lý do").SelectOptionAsync("Damaged");
        await shopper.GetByLabel("Mô tả vấn đề").FillAsync("Một túi bị rách khi nhận, gạo đổ ra ngoài.");
        await shopper.GetByLabel("Hoàn tiền", new() { Exact = true }).CheckAsync();
        await shopper.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "tui-rach.png", MimeType = "image/png", Buffer = Photos.Field(640, 480) });
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("47-phone-complaint-form"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Gửi khiếu nại" }).ClickAsync();
        await Assertions.Expect(shopper.GetByTestId("complaint-status")).ToHaveTextAsync("Chờ nhà sản xuất trả lời");
        var caseUrl = shopper.Url;
        var caseId = Regex.Match(caseUrl, @"/complaints/(\d+)").Groups[1].Value;

        await producer.GotoAsync($"/seller/complaints/{caseId}");
        await Assertions.Expect(producer.Locator("img.complaint__photo")).ToHaveCountAsync(1);
        Assert.True(await producer.Locator("img.complaint__photo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await producer.GetByLabel("Số tiền hoàn", new() { Exact = false }).FillAsync("40000");
        await producer.GetByLabel("Lời nhắn cho người mua").FillAsync("Túi rách một góc, xin hoàn một nửa.");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await Assertions.Expect(producer.Locator("main [role=status]").First).ToContainTextAsync("Đã gửi trả lời cho người mua.");

        await shopper.ReloadAsync();
        await Assertions.Expect(shopper.GetByTestId("complaint-status")).ToHaveTextAsync("Chờ người mua trả lời");
        await shopper.GetByLabel("Chưa đồng ý? Nói vì sao, Ban quản lý sàn sẽ xem xét").FillAsync("Cả túi không dùng được nữa.");
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("48-phone-complaint-answered"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(shopper);
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Chuyển lên Ban quản lý sàn" }).ClickAsync();
        await Assertions.Expect(shopper.GetByTestId("complaint-status")).ToHaveTextAsync("Ban quản lý sàn đang xem xét");

        await admin.GotoAsync($"/admin/complaints/{caseId}");
        var paid = long.Parse(await admin.Locator("#refundDong").GetAttributeAsync("max") ?? "0");
        await admin.Locator("#refundDong").FillAsync(paid.ToString());
        await admin.GetByLabel("Căn cứ quyết định").FillAsync("Ảnh cho thấy túi rách, không dùng được.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ghi quyết định" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("complaint-status")).ToHaveTextAsync("Đã giải quyết");
        await admin.GetByLabel("Mã giao dịch chuyển tiền hoàn lại (đơn chuyển khoản)").FillAsync("FT26333099");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận hoàn tiền" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main [role=status]").First).ToContainTextAsync("Đã ghi nhận hoàn tiền");
        await admin.ScreenshotAsync(new() { Path = Fixture.Screenshot("49-admin-complaint-refunded"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await admin.GotoAsync("/admin/ledger");
        await Assertions.Expect(admin.GetByTestId("reconciles")).ToHaveTextAsync("Khớp đến từng đồng");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Phí sàn theo nhà sản xuất, để xuất hoá đơn (CSV)" })).ToBeVisibleAsync();
        await admin.ScreenshotAsync(new() { Path = Fixture.Screenshot("49b-admin-ledger"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        await shopper.ReloadAsync();
        await Assertions.Expect(shopper.Locator("main")).ToContainTextAsync("Đã hoàn tiền");
        await Assertions.Expect(shopper.Locator("ol.timeline")).Not.ToContainTextAsync("@"); // roles, never the staff's addresses
        await shopper.ScreenshotAsync(new() { Path = Fixture.Screenshot("50-phone-complaint-refunded"), FullPage = true });
    }

    /// <summary>Adds without leaving the product page (a toast says so, the header counts it), then opens the cart.</summary>
    private static async Task AddToCartAsync(IPage page, string product, int quantity)
    {
        await page.GotoAsync(product, new() { WaitUntil = WaitUntilState.NetworkIdle }); // the header's count has arrived
        var count = page.Locator("[data-cart-count]");
        var before = await count.IsVisibleAsync() ? int.Parse(await count.InnerTextAsync()) : 0;
        await page.GetByLabel("Số lượng").FillAsync(quantity.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-toast]")).ToHaveTextAsync("Đã thêm vào giỏ hàng.");
        await Assertions.Expect(count).ToHaveTextAsync((before + 1).ToString());
        Assert.EndsWith(product, page.Url);
        await page.GotoAsync("/cart");
    }

    private static string Scan(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        using var bgra = decoded.Copy(SKColorType.Bgra8888);
        var pixels = new RGBLuminanceSource(bgra.Bytes, bgra.Width, bgra.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
        var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        return reader.Decode(pixels)?.Text ?? throw new Xunit.Sdk.XunitException("No QR code found in the screenshot of the VietQR code.");
    }
}
