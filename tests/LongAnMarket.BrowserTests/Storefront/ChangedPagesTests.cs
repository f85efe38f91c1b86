using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Storefront;

/// <summary>
/// The other pages this round changed, at a phone's width and a desktop's: the producer's product form (cover and
/// photo order), the warning for an unregistered lot of a known product, and registration's errors beside their fields.
/// </summary>
public sealed class ChangedPagesTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task The_changed_pages_fit_the_screen_and_pass_axe(int width)
    {
        await using var context = await Fixture.SizedAsync(width, width < 800 ? 844 : 900, phone: width < 800);
        var page = await context.NewPageAsync();

        var unknown = await page.GotoAsync("/01/08930000000019/10/KHONGCO");
        Assert.Equal(404, unknown!.Status);
        await Assertions.Expect(page.Locator(".warning-page")).ToContainTextAsync("hàng giả");
        await Assertions.Expect(page.Locator(".warning-page a[href^='/p/']")).ToHaveTextAsync("Gạo Nàng Thơm Chợ Đào");
        await FitsAndPassesAxeAsync(page, $"80-{width}-unknown-lot-of-known-product");

        await page.GotoAsync("/account/register");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("ngắn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        // Every problem at once, each under its field, the first field focused for typing.
        await Assertions.Expect(page.Locator("#DisplayName")).ToBeFocusedAsync();
        foreach (var field in new[] { "DisplayName", "Email", "Password" })
        {
            await Assertions.Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator($"#{field}-error")).ToBeVisibleAsync();
        }
        await FitsAndPassesAxeAsync(page, $"81-{width}-register-errors");

        await ProducerDesk.SignInAsync(page);
        await page.GotoAsync("/seller/products");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gạo Nàng Thơm Chợ Đào", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/seller/products/\d+$"));
        await Assertions.Expect(page.Locator(".seller-images .badge").First).ToHaveTextAsync("Ảnh bìa");
        await FitsAndPassesAxeAsync(page, $"82-{width}-seller-product-photos");
    }
}
