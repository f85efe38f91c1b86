using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>The header's cart count belongs to each visitor, even on a product page served from the shared cache.</summary>
public sealed class CartCountJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Product = "/p/tom-kho-tan-tap";

    [Fact]
    public async Task Two_shoppers_on_the_same_cached_product_page_each_see_their_own_count()
    {
        await using var first = await Fixture.PhoneAsync();
        await using var second = await Fixture.SizedAsync(1366, 900, phone: false);
        var one = await first.NewPageAsync();
        var two = await second.NewPageAsync();
        await one.GotoAsync(Product, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(one.Locator("[data-cart-count]")).ToBeHiddenAsync();
        await one.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(one.Locator("[data-toast]")).ToHaveTextAsync("Đã thêm vào giỏ hàng.");
        await Assertions.Expect(one.Locator("[data-cart-count]")).ToHaveTextAsync("1");
        Assert.EndsWith(Product, one.Url);
        await one.ScreenshotAsync(new() { Path = Fixture.Screenshot("67-phone-added-to-cart") });

        await two.GotoAsync(Product, new() { WaitUntil = WaitUntilState.NetworkIdle }); // the page the first shopper's visit cached
        await Assertions.Expect(two.Locator("[data-cart-count]")).ToBeHiddenAsync();
        await one.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(one.Locator("[data-cart-count]")).ToHaveTextAsync("1");
    }
}
