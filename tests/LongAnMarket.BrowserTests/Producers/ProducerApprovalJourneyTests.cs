using System.Text;
using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using LongAnMarket.Tests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Producers;

/// <summary>In Chromium: a shopper applies to sell on a phone, the trade office sets up its authenticator and approves.</summary>
public sealed class ProducerApprovalJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAEUlEQVR4nGM4scgLK2IYSAkADN5RwZK3Om8AAAAASUVORK5CYII="); // an 8 × 6 golden PNG

    [Fact]
    public async Task A_business_applies_on_a_phone_and_the_trade_office_approves_it_behind_two_factor_sign_in()
    {
        await using var phone = await Fixture.PhoneAsync();
        var seller = await phone.NewPageAsync();
        var email = $"ba-tu-{Guid.NewGuid():N}@example.vn";
        await seller.GotoAsync("/account/register");
        await seller.GetByLabel("Họ tên").FillAsync("Nguyễn Thị Tư");
        await seller.GetByLabel("Email").FillAsync(email);
        await seller.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("lạp xưởng Cần Đước ngon nhất");
        await seller.GetByLabel("Nhập lại mật khẩu").FillAsync("lạp xưởng Cần Đước ngon nhất");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await seller.WaitForURLAsync("**/account/login");
        await seller.GotoAsync(ConfirmationLink(email));
        await SignInAsync(seller, email, "lạp xưởng Cần Đước ngon nhất");
        await seller.GotoAsync("/seller/apply");
        await seller.ScreenshotAsync(new() { Path = Fixture.Screenshot("9-phone-apply"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(seller);
        await seller.GetByLabel("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh").FillAsync("Hộ kinh doanh Lạp Xưởng Bà Tư");
        await seller.GetByLabel("Mã số thuế").FillAsync("080201001234");
        await seller.GetByLabel("Vùng nguyên liệu").SelectOptionAsync(new SelectOptionValue { Label = "Cần Đước" });
        await seller.GetByLabel("Địa chỉ").FillAsync("Ấp 3, xã Cần Đước, tỉnh Tây Ninh");
        await seller.GetByLabel("Số điện thoại").FillAsync("0909 555 777");
        await seller.GetByLabel("Loại hình").SelectOptionAsync(new SelectOptionValue { Label = "Hộ kinh doanh" });
        await seller.GetByLabel("Số giấy chứng nhận đăng ký kinh doanh").FillAsync("50H8012345");
        await seller.GetByLabel("Ngày cấp").FillAsync("2019-08-15");
        await seller.GetByLabel("Nơi cấp").FillAsync("Phòng Tài chính – Kế hoạch huyện Cần Đước");
        await seller.GetByLabel("Họ tên người đại diện").FillAsync("Nguyễn Thị Tư");
        await seller.GetByLabel("Chức vụ").FillAsync("Chủ hộ kinh doanh");
        await seller.GetByLabel("Số căn cước của người đại diện").FillAsync("080 168 004 512");
        await seller.GetByLabel("Tôi đã đọc và đồng ý Quy chế hoạt động của sàn").CheckAsync();
        await seller.GetByLabel("Giấy tờ (PDF, JPEG, PNG; tối đa 5 tệp, mỗi tệp 5 MB)")
            .SetInputFilesAsync(new FilePayload { Name = "giay-chung-nhan-attp.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await seller.GetByRole(AriaRole.Button, new() { Name = "Gửi hồ sơ" }).ClickAsync();
        await seller.WaitForURLAsync("**/seller", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(seller.Locator("main")).ToContainTextAsync("Chờ duyệt");
        await seller.ScreenshotAsync(new() { Path = Fixture.Screenshot("10-phone-application-pending"), FullPage = true });

        await using var desktop = await Fixture.DesktopAsync();
        var admin = await desktop.NewPageAsync();
        // The demo admin signs in with its password and a code from the authenticator secret README publishes.
        await admin.GotoAsync("/account/login");
        await admin.GetByLabel("Email").FillAsync("admin@longanmarket.example");
        await admin.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("demo-admin-long-an");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await admin.WaitForURLAsync("**/account/login-2fa**");
        await admin.ScreenshotAsync(new() { Path = Fixture.Screenshot("11-admin-two-factor-sign-in"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await admin.GetByLabel("Mã xác thực").FillAsync(Totp.Code("LONGANDEMOADMINTOTPSECRETKEY2345"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await admin.WaitForURLAsync(new Regex("/account$"), new() { WaitUntil = WaitUntilState.Commit }); // the load event after a POST redirect is not always reported
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản của tôi" })).ToBeVisibleAsync();

        await admin.GotoAsync("/admin/producers?status=pending");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Hộ kinh doanh Lạp Xưởng Bà Tư" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("giay-chung-nhan-attp.pdf");
        await Assertions.Expect(admin.Locator("main")).ToContainTextAsync("+84909555777");
        await admin.ScreenshotAsync(new() { Path = Fixture.Screenshot("12-admin-review"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await Assertions.Expect(admin.Locator(".citizen-id")).ToHaveTextAsync("•••••••••512");
        await admin.GetByLabel("giay-chung-nhan-attp.pdf").CheckAsync();
        await admin.GetByLabel("Số căn cước đọc trên thẻ của người đại diện").FillAsync("080168004512");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xác minh và duyệt" }).ClickAsync();
        await Assertions.Expect(admin.Locator("main [role=status]").First).ToContainTextAsync("Đã xác minh và duyệt doanh nghiệp.");

        await seller.ReloadAsync();
        await Assertions.Expect(seller.Locator("main")).ToContainTextAsync("Doanh nghiệp đã được duyệt.");
        await seller.GotoAsync("/seller/products/new");
        await seller.GetByLabel("Tên sản phẩm").FillAsync("Lạp xưởng tươi Bà Tư");
        await seller.GetByLabel("Danh mục").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await seller.Locator("#v0-pack").FillAsync("Gói 500 g");
        await seller.Locator("#v0-price").FillAsync("95000");
        await seller.Locator("#v0-stock").FillAsync("40");
        // The label's contents, as printed on the pack: the category is food, so each one is required to publish.
        await seller.GetByLabel("Xuất xứ").FillAsync("Việt Nam");
        await seller.GetByLabel("Tổ chức, cá nhân chịu trách nhiệm (tên và địa chỉ)").FillAsync("Hộ kinh doanh Lạp Xưởng Bà Tư, ấp 3, xã Cần Đước");
        await seller.GetByLabel("Thành phần").FillAsync("Thịt heo, mỡ heo, rượu mai quế lộ, đường, muối.");
        await seller.GetByLabel("Hướng dẫn sử dụng").FillAsync("Chiên hoặc nướng chín trước khi ăn.");
        await seller.GetByLabel("Hướng dẫn bảo quản").FillAsync("Ngăn mát 0–5 °C.");
        await seller.GetByLabel("Cảnh báo").FillAsync("Không dùng khi bao bì phồng hoặc có mùi lạ.");
        await seller.GetByLabel("Hạn sử dụng").FillAsync("3 tháng kể từ ngày sản xuất");
        // Its self-declaration, filed with the food-safety office: packaged food in this category needs one on sale.
        await seller.Locator("#c0-kind").SelectOptionAsync("SelfDeclaration");
        await seller.Locator("#c0-number").FillAsync("01/BATU/2026");
        await seller.Locator("#c0-issuer").FillAsync("Chi cục An toàn vệ sinh thực phẩm tỉnh Long An");
        await seller.Locator("#c0-from").FillAsync("2026-02-01");
        await seller.ScreenshotAsync(new() { Path = Fixture.Screenshot("14-phone-product-form"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(seller);
        await seller.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await seller.WaitForURLAsync("**/seller/products", new() { WaitUntil = WaitUntilState.Commit });
        await seller.GetByRole(AriaRole.Link, new() { Name = "Lạp xưởng tươi Bà Tư" }).ClickAsync();
        await seller.Locator("#image").SetInputFilesAsync(new FilePayload { Name = "lap-xuong.png", MimeType = "image/png", Buffer = Photo });
        await seller.GetByRole(AriaRole.Button, new() { Name = "Tải ảnh lên" }).ClickAsync();
        await Assertions.Expect(seller.Locator("main [role=status]").First).ToContainTextAsync("Đã thêm ảnh.");
        await seller.GotoAsync("/seller/products");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Đăng bán" }).ClickAsync();
        // Not yet: the business has not entered its facility food-safety certificate, and the refusal names it.
        await Assertions.Expect(seller.Locator("main")).ToContainTextAsync("cần Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm còn hiệu lực");
        await seller.GotoAsync("/seller/certificates");
        await seller.GetByLabel("Số giấy").FillAsync("112/2025/ATTP-CNĐK");
        await seller.GetByLabel("Cơ quan cấp").FillAsync("Chi cục An toàn vệ sinh thực phẩm tỉnh Long An");
        await seller.GetByLabel("Ngày cấp").FillAsync("2025-09-15");
        await seller.GetByLabel("Hết hạn (nếu có)").FillAsync("2028-09-14");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Thêm giấy phép" }).ClickAsync();
        await Assertions.Expect(seller.Locator("main [role=status]").First).ToHaveTextAsync("Đã thêm giấy phép.");
        await seller.GotoAsync("/seller/products");
        await seller.GetByRole(AriaRole.Button, new() { Name = "Đăng bán" }).ClickAsync();
        await Assertions.Expect(seller.Locator("main")).ToContainTextAsync("Đang bán");
        await seller.ScreenshotAsync(new() { Path = Fixture.Screenshot("15-phone-my-products"), FullPage = true });
        await seller.GotoAsync("/p/lap-xuong-tuoi-ba-tu");
        await Assertions.Expect(seller.Locator(".packs")).ToContainTextAsync("95.000");
        Assert.EndsWith(".webp", await seller.Locator("img.product__image").First.GetAttributeAsync("src"));
        Assert.True(await seller.Locator("img.product__image").First.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await admin.GotoAsync("/admin");
        await admin.ScreenshotAsync(new() { Path = Fixture.Screenshot("13-admin-dashboard"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
    }

    [Fact]
    public async Task The_demo_producer_account_manages_its_cooperative_and_its_products()
    {
        await using var desktop = await Fixture.DesktopAsync();
        var page = await desktop.NewPageAsync();
        await SignInAsync(page, "producer@longanmarket.example", "demo-producer-long-an");
        await page.GotoAsync("/seller");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Hợp tác xã Lúa gạo Hương Chợ Đào");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Doanh nghiệp đã được duyệt.");
        await page.GotoAsync("/seller/products");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Gạo Nàng Thơm Chợ Đào");
        await page.ScreenshotAsync(new() { Path = Fixture.Screenshot("16-demo-producer-products"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>The confirmation link in the email the site wrote to its pickup folder, as path and query.</summary>
    private string ConfirmationLink(string email)
    {
        var message = Directory.EnumerateFiles(Path.Combine(Fixture.Site.DataPath, "mail-pickup"), "*.eml")
            .Select(f => MimeKit.MimeMessage.Load(f)).Last(m => m.To.Mailboxes.Any(b => b.Address == email));
        var link = Regex.Match(message.TextBody ?? "", @"https?://\S+/account/confirm-email\S+").Value;
        return new Uri(link).PathAndQuery;
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/account$"), new() { WaitUntil = WaitUntilState.Commit }); // the load event after a POST redirect is not always reported
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản của tôi" })).ToBeVisibleAsync();
    }
}
