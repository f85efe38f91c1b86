using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Storefront;

/// <summary>
/// What the law asks a listing to show, as a shopper sees it at a phone's width and a desktop's: the label's contents
/// of a food, and a spirit's age limit, again at checkout (#23).
/// </summary>
public sealed class ListingDutiesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task A_food_shows_its_label_and_a_spirit_its_age_limit_up_to_checkout(int width)
    {
        await using var context = await Fixture.SizedAsync(width, width < 800 ? 844 : 900, phone: width < 800);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/p/gao-nang-thom-cho-dao");
        var label = page.Locator("section.product-label");
        await Assertions.Expect(label.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Thông tin trên nhãn");
        foreach (var field in new[] { "Xuất xứ", "Tổ chức, cá nhân chịu trách nhiệm", "Định lượng", "Thành phần", "Hướng dẫn sử dụng", "Hướng dẫn bảo quản", "Cảnh báo", "Hạn sử dụng" })
            await Assertions.Expect(label.Locator("dt", new() { HasText = field }).First).ToBeVisibleAsync();
        await label.ScrollIntoViewIfNeededAsync();
        await FitsAndPassesAxeAsync(page, $"99-{width}-product-label");

        await page.GotoAsync("/p/ruou-de-go-den", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await Assertions.Expect(page.Locator(".product__adult")).ToContainTextAsync("chỉ bán cho người từ 18 tuổi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-toast]")).ToHaveTextAsync("Đã thêm vào giỏ hàng.");
        await page.GotoAsync("/checkout");
        var adult = page.GetByLabel("Tôi đã đủ 18 tuổi");
        await Assertions.Expect(adult).ToBeVisibleAsync();
        await Assertions.Expect(adult).Not.ToBeCheckedAsync();
        await FitsAndPassesAxeAsync(page, $"99-{width}-checkout-adult");

        // Confirmed, the order is placed and its page says the buyer confirmed the age.
        await CheckoutPage.FillRecipientAsync(page, "Lê Văn Ba", "Xã Cần Đước", "Số 3, ấp Chợ");
        await adult.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/orders/[2-9A-Z]{9}\\?key="), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator(".order__adult")).ToContainTextAsync("đã xác nhận đủ 18 tuổi");
        await FitsAndPassesAxeAsync(page, $"99-{width}-order-adult");
    }
}
