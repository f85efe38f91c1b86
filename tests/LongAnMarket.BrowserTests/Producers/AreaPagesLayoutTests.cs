using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Producers;

/// <summary>
/// The producer's and the trade office's pages at a phone's width and a desktop's: they fit, pass axe, mark the page
/// one is on, and a dangerous action opens a page that says what it will do before anything happens. The desk's list
/// pages share one layout and their markup does not change with the width: axe reads them at the desktop's width only
/// (this test was the browser phase's slowest, 250 s), every other page at both.
/// </summary>
public sealed class AreaPagesLayoutTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task Producer_and_admin_pages_fit_mark_where_one_is_and_confirm_what_is_dangerous(int width, int height)
    {
        await using var producerContext = await Fixture.SizedAsync(width, height, phone: width < 800);
        var seller = await producerContext.NewPageAsync();
        await ProducerDesk.SignInAsync(seller);
        foreach (var (path, current) in new[] { ("/seller", "Tổng quan"), ("/seller/products", "Sản phẩm"), ("/seller/orders", "Đơn hàng"), ("/seller/complaints", "Khiếu nại"), ("/seller/reviews", "Đánh giá"), ("/seller/messages", "Tin nhắn"),
                     ("/seller/identity", "Thông tin pháp lý"), ("/seller/certificates", "Giấy phép"), ("/seller/policies", "Đổi trả"), ("/seller/rules", "Quy chế") })
        {
            await seller.GotoAsync(path);
            await Assertions.Expect(seller.Locator("nav.chips--nav a[aria-current=page]")).ToHaveTextAsync(current);
            await AssertOnScreenAsync(seller.Locator("nav.chips--nav a[aria-current=page]"), width, path);
            var header = await seller.Locator(".site-header").BoundingBoxAsync();
            Assert.True(header!.Height <= 180, $"the header takes {header.Height} px of a {width} px wide screen");
            await CheckAsync(seller, width, $"93-{width}-{path.Trim('/').Replace('/', '-')}");
        }
        // Its legal identity on record, the citizen ID by its last three digits only, and the rules it agreed to.
        await seller.GotoAsync("/seller/identity");
        await Assertions.Expect(seller.Locator(".citizen-id")).ToHaveTextAsync(new Regex("^•{9}[0-9]{3}$"));
        await seller.GotoAsync("/seller/rules");
        await Assertions.Expect(seller.Locator("main")).ToContainTextAsync("Doanh nghiệp đã đồng ý phiên bản này.");
        // The business's own photo, uploaded from the dashboard, heads its public page beside the verified badge.
        await seller.GotoAsync("/seller");
        await seller.Locator("#Photo").SetInputFilesAsync(new FilePayload { Name = "ruong-lua.png", MimeType = "image/png", Buffer = Photos.Field() });
        await seller.GetByRole(AriaRole.Button, new() { Name = "Tải ảnh lên" }).ClickAsync();
        await Assertions.Expect(seller.Locator("main [role=status]").First).ToContainTextAsync("Đã cập nhật ảnh");
        await seller.GetByRole(AriaRole.Link, new() { Name = "Xem gian hàng" }).ClickAsync();
        await Assertions.Expect(seller.Locator(".producer-verified")).ToContainTextAsync("Đã được Ban quản lý sàn xác minh");
        Assert.True(await seller.Locator("img.producer-photo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await FitsAndPassesAxeAsync(seller, $"97-{width}-producer-page-with-photo");

        await seller.GotoAsync("/seller/lots");
        await seller.Locator("main table a[href^='/seller/lots/']").First.ClickAsync();
        await seller.WaitForURLAsync(new Regex(@"/seller/lots/\d+$"));
        await FitsAndPassesAxeAsync(seller, $"93-{width}-seller-lot-event-form");

        await seller.GotoAsync("/seller/products");
        await seller.Locator("a.button--danger-outline", new() { HasText = "Ngừng bán" }).First.ClickAsync();
        await seller.WaitForURLAsync(new Regex(@"/seller/products/\d+/unpublish$"));
        await Assertions.Expect(seller.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ngừng bán “");
        await FitsAndPassesAxeAsync(seller, $"94-{width}-seller-confirm-unpublish");
        await seller.GetByRole(AriaRole.Link, new() { Name = "Quay lại, không làm gì" }).ClickAsync();
        await seller.WaitForURLAsync(new Regex("/seller/products$"), new() { WaitUntil = WaitUntilState.Commit });

        await using var adminContext = await Fixture.SizedAsync(width, height, phone: width < 800);
        var admin = await adminContext.NewPageAsync();
        await AdminDesk.SignInAsync(Fixture.Site, admin);
        foreach (var (path, current) in new[] { ("/admin", "Tổng quan"), ("/admin/producers", "Doanh nghiệp"), ("/admin/orders", "Đơn hàng"), ("/admin/payments", "Chuyển khoản"),
                     ("/admin/complaints", "Khiếu nại"), ("/admin/reviews", "Đánh giá"), ("/admin/messages", "Tin nhắn"),
                     ("/admin/products", "Sản phẩm"), ("/admin/lots", "Lô hàng"), ("/admin/reports", "Hàng giả"), ("/admin/rules", "Quy chế"),
                     ("/admin/categories", "Danh mục"), ("/admin/ocop", "OCOP"), ("/admin/requests", "Công văn"), ("/admin/privacy", "Dữ liệu"),
                     ("/admin/privacy/breaches", "Dữ liệu"), ("/admin/privacy/record", "Dữ liệu"), ("/admin/privacy/newsletter", "Dữ liệu") })
        {
            await admin.GotoAsync(path);
            await Assertions.Expect(admin.Locator("nav.chips--nav a[aria-current=page]")).ToHaveTextAsync(current);
            await AssertOnScreenAsync(admin.Locator("nav.chips--nav a[aria-current=page]"), width, path);
            var nav = await admin.Locator("nav.chips--nav").BoundingBoxAsync();
            Assert.True(nav!.Height < 120, $"the admin navigation takes {nav.Height} px");
            await CheckAsync(admin, width, $"95-{width}-{path.Trim('/').Replace('/', '-')}");
        }
        // The next version's editor starts from the text in force, every section Decree 52 Art. 38 asks for ticked.
        await admin.GotoAsync("/admin/rules/new");
        await Assertions.Expect(admin.Locator(".rules-checklist__item.is-present")).ToHaveCountAsync(11);
        await FitsAndPassesAxeAsync(admin, $"98-{width}-admin-rules-editor");
        await admin.GotoAsync("/pages/quy-che-hoat-dong");
        await Assertions.Expect(admin.Locator("article.rules-version .rules-version__meta")).ToContainTextAsync("Phiên bản 1");
        await FitsAndPassesAxeAsync(admin, $"98-{width}-rules-in-force");

        await admin.GotoAsync("/admin/producers");
        await admin.Locator("main tr:has(.badge--ok) a[href^='/admin/producers/']").First.ClickAsync(); // an approved producer
        await Assertions.Expect(admin.Locator(".identity-facts")).ToContainTextAsync("Người đại diện");
        await FitsAndPassesAxeAsync(admin, $"98-{width}-admin-producer-identity");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Tạm ngừng bán…" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex(@"/admin/producers/\d+/suspend$"));
        await Assertions.Expect(admin.Locator(".confirm__consequences")).ToContainTextAsync("sẽ ẩn khỏi sàn ngay");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Tạm ngừng bán" })).ToHaveClassAsync(new Regex("button--danger"));
        await FitsAndPassesAxeAsync(admin, $"96-{width}-admin-confirm-suspend");
    }

    /// <summary>The chip marking the current page is in view, the row scrolled to it if wider than the screen.</summary>
    private static async Task AssertOnScreenAsync(ILocator chip, int width, string path)
    {
        var box = await chip.BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width, $"{path}: the current chip is off-screen at {width} px ({box?.X} + {box?.Width})");
    }

    private Task CheckAsync(IPage page, int width, string screenshot) =>
        width >= 1000 ? FitsAndPassesAxeAsync(page, screenshot) : FitsAsync(page, screenshot);
}
