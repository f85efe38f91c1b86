using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Producers;

/// <summary>
/// Licences as the people who handle them see them (#23): a producer keeps its business licences, a shopper reads them
/// on the product page, and an OCOP rating shows its stars only once the trade office has matched it to its decision.
/// </summary>
public sealed class LicencesJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_producer_keeps_its_licences_and_a_shopper_reads_them_on_the_product_page(int width, int height)
    {
        await using var context = await Fixture.SizedAsync(width, height, phone: width < 800);
        var seller = await context.NewPageAsync();
        await ProducerDesk.SignInAsync(seller);
        await seller.GotoAsync("/seller/certificates");
        await Assertions.Expect(seller.Locator("nav.chips--nav a[aria-current=page]")).ToHaveTextAsync("Giấy phép");
        await Assertions.Expect(seller.Locator("main .certificate").First).ToContainTextAsync("Cơ sở đủ điều kiện an toàn thực phẩm");

        // A licence without its number is refused with the field named, and nothing is added.
        var before = await seller.Locator("main .certificate").CountAsync();
        await seller.GetByLabel("Loại").SelectOptionAsync(new SelectOptionValue { Label = "Giấy phép sản xuất, kinh doanh rượu" });
        await seller.GetByLabel("Cơ quan cấp").FillAsync("Phòng Kinh tế xã Cần Đước");
        await seller.GetByLabel("Ngày cấp").FillAsync("2025-06-01");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Thêm giấy phép" }).ClickAsync();
        await Assertions.Expect(seller.Locator("#form-errors")).ToContainTextAsync("Vui lòng nhập số giấy.");
        await Assertions.Expect(seller.Locator("main .certificate")).ToHaveCountAsync(before);
        await FitsAndPassesAxeAsync(seller, $"100-{width}-seller-certificates-refused");

        var number = $"{width}/GP-SXRTC";
        await seller.GetByLabel("Số giấy").FillAsync(number);
        await seller.GetByLabel("Hết hạn (nếu có)").FillAsync("2030-05-31");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Thêm giấy phép" }).ClickAsync();
        await Assertions.Expect(seller.Locator("main [role=status]").First).ToHaveTextAsync("Đã thêm giấy phép.");
        await Assertions.Expect(seller.Locator("main .certificate", new() { HasText = number })).ToContainTextAsync("31/05/2030");
        await FitsAndPassesAxeAsync(seller, $"100-{width}-seller-certificates");

        // A shopper sees the spirit's licence and the distiller's facility certificate with their numbers and validity.
        var shopper = await context.NewPageAsync();
        await shopper.GotoAsync("/p/ruou-de-go-den");
        var certificates = shopper.Locator("section[aria-labelledby=certificates-title]");
        await Assertions.Expect(certificates.Locator(".certificate", new() { HasText = "Giấy phép sản xuất, kinh doanh rượu" })).ToContainTextAsync("GP-SXRTC");
        await Assertions.Expect(certificates.Locator(".certificate", new() { HasText = "Tự công bố sản phẩm" })).ToContainTextAsync("Hiệu lực");
        await Assertions.Expect(certificates.Locator(".certificate", new() { HasText = "Cơ sở đủ điều kiện an toàn thực phẩm" })).ToContainTextAsync("ATTP");
        await certificates.ScrollIntoViewIfNeededAsync();
        await FitsAndPassesAxeAsync(shopper, $"100-{width}-product-licences");
    }

    [Fact]
    public async Task An_ocop_rating_entered_by_a_producer_shows_its_stars_once_the_trade_office_confirms_it()
    {
        await using var producerContext = await Fixture.SizedAsync(1366, 900, phone: false);
        var seller = await producerContext.NewPageAsync();
        await ProducerDesk.SignInAsync(seller);
        await seller.GotoAsync("/seller/products");
        await seller.Locator("main a", new() { HasText = "Gạo tấm Nàng Thơm" }).First.ClickAsync();
        await seller.WaitForURLAsync(new Regex(@"/seller/products/\d+$"));
        await seller.Locator("[name='Certifications[0].Kind']").SelectOptionAsync("Ocop");
        await seller.Locator("[name='Certifications[0].Number']").FillAsync("QĐ 2291/QĐ-UBND");
        await seller.Locator("[name='Certifications[0].Issuer']").FillAsync("UBND tỉnh Tây Ninh");
        await seller.Locator("[name='Certifications[0].ValidFrom']").FillAsync("2025-11-20");
        await seller.Locator("[name='Certifications[0].OcopStars']").SelectOptionAsync("3");
        await seller.Locator("[name='Certifications[0].OcopLevel']").SelectOptionAsync("Province");
        await FitsAndPassesAxeAsync(seller, "100-1366-seller-product-form-ocop");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await seller.WaitForURLAsync(new Regex("/seller/products$"), new() { WaitUntil = WaitUntilState.Commit });
        await seller.Locator("main a", new() { HasText = "Gạo tấm Nàng Thơm" }).First.ClickAsync();
        var draft = seller.Locator("label", new() { HasText = "QĐ 2291/QĐ-UBND" });
        await Assertions.Expect(draft).ToContainTextAsync("20/11/2028"); // 36 months from the decision
        await Assertions.Expect(draft.Locator(".badge")).ToHaveTextAsync("Chờ Sở Công Thương xác nhận");

        var shopper = await producerContext.NewPageAsync();
        await shopper.GotoAsync("/p/gao-tam-nang-thom");
        await Assertions.Expect(shopper.Locator(".ocop--large")).ToHaveCountAsync(0);

        await using var adminContext = await Fixture.SizedAsync(390, 844, phone: true);
        var admin = await adminContext.NewPageAsync();
        await AdminDesk.SignInAsync(Fixture.Site, admin);
        await admin.GotoAsync("/admin/ocop");
        var row = admin.Locator("main tr", new() { HasText = "QĐ 2291/QĐ-UBND" });
        await Assertions.Expect(row).ToContainTextAsync("3 sao, cấp tỉnh");
        await FitsAndPassesAxeAsync(admin, "100-390-admin-ocop");
        await row.GetByRole(AriaRole.Button, new() { Name = "Xác nhận OCOP của Gạo tấm Nàng Thơm" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main [role=status]").First).ToContainTextAsync("Đã xác nhận chứng nhận OCOP");
        await Assertions.Expect(admin.Locator("main tr", new() { HasText = "QĐ 2291/QĐ-UBND" })).ToHaveCountAsync(0);

        await admin.GotoAsync("/admin/categories");
        await Assertions.Expect(admin.Locator("form", new() { HasText = "Đồ uống" }).GetByLabel("Bản tự công bố sản phẩm")).ToBeCheckedAsync();
        await Assertions.Expect(admin.Locator("form", new() { HasText = "Thủ công mỹ nghệ" }).GetByLabel("Bản tự công bố sản phẩm")).Not.ToBeCheckedAsync();
        await FitsAndPassesAxeAsync(admin, "100-390-admin-categories");

        await shopper.ReloadAsync();
        await Assertions.Expect(shopper.Locator(".ocop--large")).ToContainTextAsync("3 sao");
        await Assertions.Expect(shopper.Locator("section[aria-labelledby=certificates-title]")).ToContainTextAsync("QĐ 2291/QĐ-UBND");
    }
}
