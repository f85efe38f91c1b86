using LongAnMarket.BrowserTests.Support;
using LongAnMarket.Core.Traceability;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Traceability;

/// <summary>
/// A buyer scans a new sticker on a phone (no JavaScript needed), confirms the purchase, and is told they were first;
/// a second phone scanning the same sticker afterwards is warned.
/// </summary>
public sealed class StickerJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task The_first_buyer_confirms_on_a_phone_without_javascript_and_the_next_scan_is_warned()
    {
        await using var desk = await Fixture.DesktopAsync();
        var producer = await desk.NewPageAsync();
        await ProducerDesk.SignInAsync(producer);
        var lotCode = "TEM-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (_, batchId) = await ProducerDesk.LotWithStickersAsync(producer, lotCode, 1);
        var (gtin, serials) = ProducerDesk.Stickers(Fixture.Site, batchId);
        var sticker = new DigitalLink(gtin, lotCode, serials[0]).Path;

        await using var phone = await Fixture.PhoneWithoutScriptAsync();
        var buyer = await phone.NewPageAsync();
        await buyer.GotoAsync(sticker);
        var banner = buyer.Locator("#sticker");
        await Assertions.Expect(banner.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Mã hợp lệ — chưa có ai xác nhận đã mua");
        await buyer.ScreenshotAsync(new() { Path = Fixture.Screenshot("64-phone-sticker-unconfirmed") });
        await banner.GetByRole(AriaRole.Button, new() { Name = "Tôi vừa mua sản phẩm này" }).ClickAsync();
        await Assertions.Expect(banner.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Bạn là người đầu tiên xác nhận");
        await Assertions.Expect(banner).ToContainTextAsync(serials[0]);
        await buyer.ScreenshotAsync(new() { Path = Fixture.Screenshot("65-phone-sticker-first-buyer") });

        await using var other = await Fixture.SizedAsync(1366, 900, phone: false);
        var second = await other.NewPageAsync();
        await second.GotoAsync(sticker);
        var warning = second.Locator("#sticker.trace-banner--warning");
        await Assertions.Expect(warning.GetByRole(AriaRole.Heading)).ToContainTextAsync("có thể là hàng giả");
        await Assertions.Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Báo cáo nghi ngờ hàng giả" })).ToBeVisibleAsync();
        await second.ScreenshotAsync(new() { Path = Fixture.Screenshot("66-desktop-sticker-seen-before-1366") });
        await Accessibility.AssertNoSeriousViolationsAsync(second);

        await buyer.ReloadAsync(); // the buyer's own phone still says so
        await Assertions.Expect(banner.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Bạn là người đầu tiên xác nhận");
    }
}
