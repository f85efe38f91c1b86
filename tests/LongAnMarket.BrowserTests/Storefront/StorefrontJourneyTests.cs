using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Storefront;

public sealed partial class StorefrontJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Fact]
    public async Task Shopper_goes_from_home_to_a_category_to_a_product_and_sees_it_in_vietnamese_with_its_price()
    {
        await using var context = await Fixture.DesktopAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Đặc sản Long An");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("1-home"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Gạo & nông sản khô" }).First.ClickAsync();
        await page.WaitForURLAsync("**/c/gao-nong-san-kho");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gạo & nông sản khô");
        Assert.True(await page.Locator(".card").CountAsync() >= 3);
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("2-category"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Gạo Nàng Thơm Chợ Đào", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/p/gao-nang-thom-cho-dao$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gạo Nàng Thơm Chợ Đào");
        await Expect(page.Locator(".product__origin")).ToContainTextAsync("Cần Đước");
        var price = await page.Locator(".pack .pack__price").First.InnerTextAsync();
        Assert.Matches(Price(), price);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mô tả sản phẩm" })).ToBeVisibleAsync();
        // The producer's returns terms before purchase: rice keeps, so a problem is reported within days.
        await page.Locator(".product__returns summary").ClickAsync();
        await Expect(page.Locator(".product__returns summary")).ToHaveTextAsync("Đổi trả: báo lỗi trong 7 ngày sau khi nhận");
        await Expect(page.Locator(".product__returns")).ToContainTextAsync("Hoàn tiền: về đúng cách đã thanh toán.");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("3-product"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Catalogue_filters_work_without_javascript()
    {
        await using var context = await Fixture.ContextAsync(new() { JavaScriptEnabled = false, BaseURL = Fixture.Site.PublicOrigin.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/products");
        await Assertions.Expect(page.Locator("#f-area option[value=ben-luc]")).ToHaveTextAsync(new Regex(@"^Bến Lức \(\d+\)$")); // with its count
        await page.SelectOptionAsync("#f-area", "ben-luc");
        await page.SelectOptionAsync("#f-sort", "price-asc");
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("area=ben-luc"));
        var origins = await page.Locator(".card__meta").AllInnerTextsAsync();
        Assert.NotEmpty(origins);
        Assert.All(origins, o => Assert.EndsWith("Bến Lức", o));
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("4-filtered-no-js"), FullPage = true });
    }

    [Theory]
    [InlineData("/", "5-phone-home")]
    [InlineData("/p/gao-nang-thom-cho-dao", "6-phone-product")]
    [InlineData("/c/trai-cay-nong-san-tuoi", "7-phone-category")]
    public async Task First_load_on_a_phone_transfers_at_most_200_KB_besides_product_photos(string path, string screenshot)
    {
        await using var context = await Fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        var weight = new PageWeight(page);

        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var (bytes, photoBytes, requests) = await weight.MeasureAsync();

        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot(screenshot), FullPage = true });
        Assert.True(bytes <= 200 * 1024, $"{path}: {bytes:N0} bytes in {requests} requests (photos {photoBytes:N0} bytes apart)");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Unknown_product_shows_the_friendly_404_page()
    {
        await using var context = await Fixture.PhoneAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/p/khong-co-san-pham-nay");

        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không tìm thấy trang");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("8-not-found") });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})* ₫$")]
    private static partial Regex Price();
}
