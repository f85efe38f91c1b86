using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Storefront;

/// <summary>
/// Every page of a purchase at a phone's width and a desktop's: nothing scrolls sideways, no amount of money breaks
/// over two lines, axe finds nothing serious (and the base class: no console error or CSP violation).
/// </summary>
public sealed class ShoppingLayoutTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1366)]
    public async Task A_whole_purchase_fits_the_screen_with_money_on_one_line(int width)
    {
        await using var context = await Fixture.SizedAsync(width, width < 800 ? 844 : 900, phone: width < 800);
        var page = await context.NewPageAsync();
        foreach (var (path, name) in new[] { ("/", "home"), ("/products", "products"), ("/c/trai-cay-nong-san-tuoi", "category"),
                     ("/search?q=g%E1%BA%A1o", "search"), ("/p/gao-lut-nang-thom", "product") })
        {
            await CheckAsync(page, path, name, width);
            await AssertCardTextContrastAsync(page, name);
        }

        var photos = page.Locator(".gallery__slide img");
        Assert.True(await photos.CountAsync() >= 1);
        foreach (var photo in await photos.AllAsync())
        {
            await photo.ScrollIntoViewIfNeededAsync();
            Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "a gallery photo did not load");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-cart-count]")).ToHaveTextAsync("1");
        await CheckAsync(page, "/cart", "cart", width);
        Assert.True(await page.Locator(".cart-line__thumb").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await CheckAsync(page, "/checkout", "checkout", width);
        await page.Locator("#Name").FillAsync("Lê Thị Bố Cục");
        await page.Locator("#Phone").FillAsync("0912 345 678");
        await page.Locator("#Email").FillAsync($"bo-cuc-{width}@example.vn");
        await page.Locator("#Commune").FillAsync("xa can duoc");
        await page.Locator("#Street").FillAsync("12 đường Chợ Đào");
        await page.Locator("form[action='/checkout'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/orders/[A-Z0-9-]+\\?key="), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator(".countdown")).ToContainTextAsync(new Regex(@"Còn lại \d\d:\d\d"));
        var order = page.Url;
        await CheckAsync(page, order, "order-unpaid", width);

        await using var office = await Fixture.DesktopAsync();
        var admin = await office.NewPageAsync();
        await AdminDesk.SignInAsync(Fixture.Site, admin);
        await AdminDesk.MarkPaidAsync(admin, Regex.Match(order, "/orders/([A-Z0-9-]+)").Groups[1].Value, $"FT2633{width}");
        await CheckAsync(page, order, "order-paid", width);
        await Assertions.Expect(page.GetByTestId("order-status")).ToHaveTextAsync("Đã thanh toán");

        await ProducerDesk.SignInAsync(page, "shopper@longanmarket.example", "demo-shopper-long-an");
        await CheckAsync(page, "/account/orders", "account-orders", width);
    }

    /// <summary>Every text of every product card against the colour behind it, as rendered: at least 4.5:1 (WCAG AA).</summary>
    private static async Task AssertCardTextContrastAsync(IPage page, string name)
    {
        var poor = await page.EvaluateAsync<string[]>("""
            () => {
                const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
                const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
                const background = e => {
                    for (let at = e; at; at = at.parentElement) {
                        const c = rgb(getComputedStyle(at).backgroundColor);
                        if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
                    }
                    return [255, 255, 255];
                };
                return [...document.querySelectorAll('.card *')].filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                    .map(e => {
                        const [a, b] = [lum(rgb(getComputedStyle(e).color).slice(0, 3)), lum(background(e))];
                        return { text: e.textContent.trim().slice(0, 30), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
                    })
                    .filter(x => x.ratio < 4.5).map(x => `${x.text} (${x.ratio.toFixed(2)}:1)`);
            }
            """);
        Assert.True(poor.Length == 0, $"{name}: card text under 4.5:1: {string.Join(", ", poor)}");
    }

    private async Task CheckAsync(IPage page, string path, string name, int width)
    {
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (sizes[0], sizes[1]);
        Assert.True(scroll <= client, $"{name} at {width} px scrolls sideways: {scroll} > {client}");
        // Each amount's own text, laid out: one line box, whatever cell or chip holds it.
        var broken = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.price')].filter(e => e.offsetParent !== null).flatMap(e => {
                const text = [...e.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '') ?? e.querySelector('strong')?.firstChild;
                if (!text) return [];
                const range = document.createRange();
                range.selectNodeContents(text);
                const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                return tops.size > 1 ? [text.textContent.trim()] : [];
            })
            """);
        Assert.True(broken.Length == 0, $"{name} at {width} px: money over two lines: {string.Join(", ", broken)}");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot($"7-{width}-{name}"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
