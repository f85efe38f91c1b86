using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using LongAnMarket.Core.Traceability;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Traceability;

/// <summary>
/// What a scanner sees, at a phone's width and a desktop's: the lot page answers "what is it, is the code registered,
/// is the record intact, is it recalled" on the first screen; the pages for codes that are not ours warn without a bare
/// status code or the check digit a counterfeiter would want.
/// </summary>
public sealed class TracePagesLayoutTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_scan_answers_on_the_first_screen_and_warning_pages_warn(int width, int height)
    {
        await using var context = await Fixture.SizedAsync(width, height, phone: width < 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/p/gao-nang-thom-cho-dao");
        var lotPath = new Uri((await page.Locator(".product__trace a").GetAttributeAsync("href"))!, UriKind.RelativeOrAbsolute);
        var lot = lotPath.IsAbsoluteUri ? lotPath.AbsolutePath : lotPath.OriginalString;

        await page.GotoAsync(lot);
        var registered = page.Locator(".trace-checks li").First;
        await Assertions.Expect(registered).ToContainTextAsync("Mã truy xuất hợp lệ");
        await Assertions.Expect(registered).ToContainTextAsync("đã được Ban quản lý sàn xác minh");
        await Assertions.Expect(page.Locator(".trace-recall--none")).ToContainTextAsync("Không bị thu hồi");
        foreach (var first in new[] { page.Locator(".trace-hero__photo"), page.Locator("h1"), registered, page.Locator(".trace-verify"), page.Locator(".trace-recall--none") })
        {
            var box = await first.BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= 844, $"{await first.InnerTextAsync()} ends below the first 844 px");
        }
        Assert.True(await page.Locator(".trace-hero__photo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await Assertions.Expect(page.Locator("#technical")).Not.ToHaveAttributeAsync("open", "");
        Assert.DoesNotContain("chính hãng", await page.Locator("main").InnerTextAsync());
        await FitsAndPassesAxeAsync(page, $"90-{width}-lot-first-screen");

        var gtin = Regex.Match(lot, @"/01/(\d{14})").Groups[1].Value;
        var wrongDigit = gtin[..13] + (char)('0' + (gtin[13] - '0' + 1) % 10);
        foreach (var (path, status, screenshot) in new[] { ("/01/09506000134352/10/GIA", 404, "unknown-code"), ($"/01/{wrongDigit}/10/GIA", 400, "invalid-code") })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(status, response!.Status);
            var warning = page.Locator(".warning-page");
            await Assertions.Expect(warning).ToContainTextAsync("hàng giả");
            var seen = (await page.Locator("main").InnerTextAsync()).Replace(path, "");
            Assert.DoesNotContain(status.ToString(), seen);
            Assert.DoesNotContain(gtin, seen);
            Assert.Equal("rgb(255, 255, 255)", await page.Locator(".warning-page__sign").EvaluateAsync<string>("e => getComputedStyle(e).color"));
            await FitsAndPassesAxeAsync(page, $"91-{width}-{screenshot}");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Báo nghi ngờ hàng giả" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Ảnh bao bì, tem, nơi bán (không bắt buộc, tối đa 3 ảnh)")).ToHaveAttributeAsync("type", "file");
        await FitsAndPassesAxeAsync(page, $"91-{width}-report-with-photos");
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_sticker_page_states_the_sticker_after_the_checks(int width, int height)
    {
        await using var desk = await Fixture.DesktopAsync();
        var producer = await desk.NewPageAsync();
        await ProducerDesk.SignInAsync(producer);
        var lotCode = "BO-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (_, batchId) = await ProducerDesk.LotWithStickersAsync(producer, lotCode, 1);
        var (gtin, serials) = ProducerDesk.Stickers(Fixture.Site, batchId);

        await using var viewer = await Fixture.SizedAsync(width, height, phone: width < 800);
        var page = await viewer.NewPageAsync();
        await page.GotoAsync(new DigitalLink(gtin, lotCode, serials[0]).Path);
        await Assertions.Expect(page.Locator("#sticker")).ToContainTextAsync("chưa có ai xác nhận đã mua");
        var sticker = await page.Locator("#sticker").BoundingBoxAsync();
        var recall = await page.Locator(".trace-checks li").Last.BoundingBoxAsync();
        Assert.True(sticker!.Y > recall!.Y, "the sticker's state comes after the three checks");
        await FitsAndPassesAxeAsync(page, $"92-{width}-sticker");
    }
}
