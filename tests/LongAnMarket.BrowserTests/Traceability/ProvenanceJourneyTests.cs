using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Traceability;

/// <summary>A consumer on a phone follows a package's code from the product page to the lot's record.</summary>
public sealed class ProvenanceJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task On_a_phone_the_lot_page_shows_a_verified_timeline_one_step_back_and_weighs_at_most_60_KB()
    {
        await using var context = await Fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/p/gao-nang-thom-cho-dao");
        var lotLink = await page.Locator(".product__trace a").GetAttributeAsync("href");
        Assert.Matches(new Regex(@"^/01/\d{14}/10/ND\d{6}$"), lotLink);

        await using var fresh = await Fixture.PhoneAsync();
        var phone = await fresh.NewPageAsync();
        var weight = new PageWeight(phone);
        var response = await phone.GotoAsync(lotLink!, new() { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.Equal(200, response!.Status);
        var (bytes, photoBytes, requests) = await weight.MeasureAsync();
        await phone.ScreenshotAsync(new() { Path = Fixture.Screenshot("20-phone-provenance"), FullPage = true });

        await Assertions.Expect(phone.Locator(".trace-verify--ok")).ToContainTextAsync("Hồ sơ nguyên vẹn");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Gạo Nàng Thơm Chợ Đào");
        Assert.True(await phone.Locator(".timeline__item").CountAsync() >= 5);
        await Assertions.Expect(phone.Locator(".timeline__item--corrected s").First).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("#inputs-title + ul a")).ToContainTextAsync("Lúa tươi Nàng Thơm");
        Assert.True(bytes <= 60 * 1024, $"{bytes:N0} bytes in {requests} requests (photos {photoBytes:N0} bytes apart)");
        await Accessibility.AssertNoSeriousViolationsAsync(phone);

        await phone.Locator("#inputs-title + ul a").ClickAsync();
        await Assertions.Expect(phone.Locator(".trace-verify--ok")).ToBeVisibleAsync();
        await phone.ScreenshotAsync(new() { Path = Fixture.Screenshot("21-phone-paddy-lot"), FullPage = true });
    }

    [Fact]
    public async Task The_page_reads_with_javascript_off_and_a_fake_code_warns()
    {
        await using var context = await Fixture.PhoneWithoutScriptAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/01/09506000134352/10/GIA");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator(".warning-page")).ToContainTextAsync("hàng giả");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("22-phone-unknown-code"), FullPage = true });

        // axe runs as a script, so the accessibility check needs a context with JavaScript on.
        await using var scripted = await Fixture.PhoneAsync();
        var checkedPage = await scripted.NewPageAsync();
        await checkedPage.GotoAsync("/01/09506000134352/10/GIA");
        await Accessibility.AssertNoSeriousViolationsAsync(checkedPage);
    }
}

