using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Accounts;

/// <summary>
/// A shopper's privacy page as they see it (#24): each consent with the notice version it was given under, and a data
/// request that is refused without its kind and then filed with the day it must be carried out by.
/// </summary>
public sealed class PrivacyJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_shopper_reads_their_consents_and_files_a_data_request(int width, int height)
    {
        await using var context = await Fixture.SizedAsync(width, height, phone: width < 800);
        var page = await context.NewPageAsync();
        await ProducerDesk.SignInAsync(page, "shopper@longanmarket.example", "demo-shopper-long-an");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sự đồng ý và yêu cầu về dữ liệu" }).ClickAsync();
        var marketing = page.Locator(".consent", new() { HasText = "Nhận thư giới thiệu sản phẩm" });
        await Assertions.Expect(marketing.Locator(".badge")).ToHaveTextAsync("Đang đồng ý");
        await Assertions.Expect(marketing).ToContainTextAsync("theo thông báo phiên bản 2026-01-01");
        await Assertions.Expect(page.Locator(".consent", new() { HasText = "Giữ tài khoản" })).ToContainTextAsync("xoá tài khoản");

        var details = $"Xin bản sao dữ liệu ({width} px).";
        await page.GetByLabel("Nội dung yêu cầu").FillAsync(details);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Vui lòng chọn loại yêu cầu.");
        await FitsAndPassesAxeAsync(page, $"110-{width}-account-privacy-refused");

        await page.GetByLabel("Loại yêu cầu").SelectOptionAsync(new SelectOptionValue { Label = "Xem, nhận bản sao dữ liệu (10 ngày)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi yêu cầu" }).ClickAsync();
        await Assertions.Expect(page.Locator("main [role=status]")).ToContainTextAsync("Đã nhận yêu cầu. Hạn trả lời:");
        await Assertions.Expect(page.Locator(".data-request", new() { HasText = details })).ToContainTextAsync("hạn thực hiện");
        await FitsAndPassesAxeAsync(page, $"110-{width}-account-privacy");
    }
}
