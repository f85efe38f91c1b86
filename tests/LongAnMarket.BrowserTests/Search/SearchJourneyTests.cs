using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Search;

/// <summary>A shopper on a phone types Vietnamese without diacritics, takes a suggestion or searches, and narrows by facet.</summary>
public sealed class SearchJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Typing_gao_nang_thom_without_diacritics_suggests_and_finds_Gao_Nang_Thom_Cho_Dao_first()
    {
        await using var context = await Fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.Locator("#site-search");
        await box.PressSequentiallyAsync("gao nang th", new() { Delay = 40 });
        var suggestions = page.Locator("#site-search-suggestions");
        await Assertions.Expect(suggestions).ToBeVisibleAsync();
        await Assertions.Expect(suggestions.Locator(".suggest__item").First).ToContainTextAsync("Gạo Nàng Thơm");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("30-phone-search-suggestions") });

        await box.PressSequentiallyAsync("om");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=gao+nang+thom");
        await Assertions.Expect(page.Locator(".card__title").First).ToHaveTextAsync("Gạo Nàng Thơm Chợ Đào");
        await Assertions.Expect(page.Locator(".card__title").First.Locator("mark").First).ToHaveTextAsync("Gạo");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("31-phone-search-results"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var before = await page.Locator(".card").CountAsync();
        await page.Locator(".filter-sheet__toggle").ClickAsync(); // on a phone the filters open as a sheet
        await page.Locator(".facet__option:not(.facet__option--empty) input").First.CheckAsync();
        // The load event after a script-submitted form is not always reported: the address is enough, the checks below wait.
        await page.WaitForURLAsync("**/search?q=gao+nang+thom&*", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator(".facet__option input:checked")).ToHaveCountAsync(1);
        Assert.True(await page.Locator(".card").CountAsync() <= before);
    }

    [Fact]
    public async Task A_southern_spelling_shows_what_was_meant_and_offers_the_correction_at_390_and_1366_px()
    {
        await using var phone = await Fixture.PhoneAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/");
        var box = page.Locator("#site-search");
        await box.PressSequentiallyAsync("lap suong", new() { Delay = 40 });
        var suggestions = page.Locator("#site-search-suggestions");
        await Assertions.Expect(suggestions.Locator(".suggest__item").First).ToContainTextAsync("lạp xưởng"); // the correction comes first
        await Assertions.Expect(suggestions.Locator(".suggest__item").First).ToContainTextAsync("Có phải bạn muốn tìm");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=lap+suong");
        var correction = page.Locator(".did-you-mean a");
        await Assertions.Expect(correction).ToHaveTextAsync("lạp xưởng");
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("đang hiện kết quả cho “lạp xưởng”");
        await Assertions.Expect(page.Locator(".card__title").First).ToContainTextAsync("Lạp xưởng");
        await FitsAndPassesAxeAsync(page, "70-phone-search-did-you-mean");

        await using var desktop = await Fixture.DesktopAsync();
        var wide = await desktop.NewPageAsync();
        await wide.GotoAsync("/search?q=gaonangthom");
        await Assertions.Expect(wide.Locator(".card__title").First).ToHaveTextAsync("Gạo Nàng Thơm Chợ Đào");
        await Assertions.Expect(wide.Locator(".did-you-mean a")).ToHaveTextAsync("gạo nàng thơm");
        await FitsAndPassesAxeAsync(wide, "71-desktop-search-run-together");
        await wide.Locator(".did-you-mean a").ClickAsync();
        await wide.WaitForURLAsync(url => Uri.UnescapeDataString(url).EndsWith("/search?q=gạo nàng thơm", StringComparison.Ordinal));
        await Assertions.Expect(wide.Locator(".did-you-mean")).ToHaveCountAsync(0);

        await wide.GotoAsync("/search?q=mat+ong+non+la+xyz");
        await Assertions.Expect(wide.Locator(".notice")).ToContainTextAsync("Không có sản phẩm khớp mọi từ");
        Assert.True(await wide.Locator(".card").CountAsync() > 0);
    }

    [Fact]
    public async Task The_operator_page_and_footer_show_who_runs_the_marketplace_at_390_and_1366_px()
    {
        await using var phone = await Fixture.PhoneAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync("/thong-tin-doanh-nghiep");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông tin doanh nghiệp" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".operator dd").First).ToHaveTextAsync("Trung tâm Xúc tiến Thương mại tỉnh (đơn vị mẫu)");
        await Assertions.Expect(page.Locator(".site-footer__operator .moit-badge img")).ToBeVisibleAsync();
        Assert.True(await page.Locator(".site-footer__operator .moit-badge img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await FitsAndPassesAxeAsync(page, "72-phone-operator-page");

        await using var desktop = await Fixture.DesktopAsync();
        var wide = await desktop.NewPageAsync();
        await wide.GotoAsync("/thong-tin-doanh-nghiep");
        await Assertions.Expect(wide.Locator(".notice--warning")).ToContainTextAsync("Thông tin mẫu");
        await FitsAndPassesAxeAsync(wide, "73-desktop-operator-page");
    }

    [Fact]
    public async Task Without_javascript_the_search_box_is_a_plain_form()
    {
        await using var context = await Fixture.PhoneWithoutScriptAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#site-search").FillAsync("lap xuong can duoc");
        await page.Locator("form.search button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".card__title").First).ToHaveTextAsync("Lạp xưởng Cần Đước");
        Assert.Equal(0, await page.Locator(".suggest__list").CountAsync());
    }
}
