using System.Net;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Producers;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Web.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Tax;

/// <summary>
/// A buyer asks for an invoice at checkout; each part says what its seller can issue (a VAT invoice from a company or
/// cooperative, a sales invoice from a household business); the seller records the invoice and the buyer sees it.
/// </summary>
public abstract class InvoiceRequestTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private async Task<(TestCatalog Catalog, LongAnMarket.Core.Catalog.Product Product)> SellerAsync(LegalForm form)
    {
        var (catalog, product) = await OrderingTestData.ProductAsync(_app, price: 150_000);
        await _app.WithDbAsync(async db =>
        {
            var producer = await db.Producers.SingleAsync(p => p.Id == catalog.Producer.Id);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            producer.ConfirmIdentity(form, new BusinessRegistration("41A8012345", today.AddYears(-3), "Phòng Tài chính – Kế hoạch huyện Cần Đước", today),
                new Representative("Trần Văn Bình", "Chủ hộ", "dp1:protected"), DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        return (catalog, product);
    }

    private static Dictionary<string, string> Invoice(string taxCode) => new()
    {
        ["WantsInvoice"] = "true", ["InvoiceCompany"] = "Công ty TNHH Quà Quê Long An", ["InvoiceTaxCode"] = taxCode,
        ["InvoiceAddress"] = "12 Nguyễn Huệ, phường Long An, Tây Ninh", ["InvoiceEmail"] = "KeToan@QuaQue.vn",
    };

    [Fact]
    public async Task A_wrong_tax_number_is_refused_beside_its_field_and_places_nothing()
    {
        var (_, product) = await SellerAsync(LegalForm.Company);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, 1);
        var before = await _app.WithDbAsync(db => db.Orders.CountAsync());
        var refused = await guest.CheckoutAsync(Visitor.NewEmail(), Invoice("0301234567"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Contains("Mã số thuế 0301234567 sai số kiểm tra (chữ số thứ 10)", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Công ty TNHH Quà Quê Long An", page.QuerySelector("#InvoiceCompany")!.GetAttribute("value")); // nothing typed is lost
        Assert.Equal(before, await _app.WithDbAsync(db => db.Orders.CountAsync()));

        var empty = await guest.CheckoutAsync(Visitor.NewEmail(), new() { ["WantsInvoice"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Hãy nhập tên đơn vị để xuất hoá đơn.", (await HtmlPage.ParseAsync(empty)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Each_seller_issues_the_invoice_its_registration_allows_and_the_buyer_sees_it_once_recorded()
    {
        var (company, companyProduct) = await SellerAsync(LegalForm.Cooperative);
        var (household, householdProduct) = await SellerAsync(LegalForm.HouseholdBusiness);
        var guest = new Visitor(_app);
        await guest.AddAsync(companyProduct, 1);
        await guest.AddAsync(householdProduct, 1);
        var checkout = await guest.PageAsync("/checkout");
        Assert.Equal(["Xuất hoá đơn GTGT", "Xuất hoá đơn bán hàng (hộ kinh doanh)"],
            checkout.QuerySelectorAll(".checkout__invoice-kind").Select(p => p.TextContent.Trim()).OrderBy(t => t.Length));

        var placed = await guest.CheckoutAsync(Visitor.NewEmail(), Invoice("0301234562"));
        var code = Shopping.CodeOf(placed);
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(("Công ty TNHH Quà Quê Long An", "0301234562", "ketoan@quaque.vn"),
            (order.InvoiceRequest!.CompanyName, order.InvoiceRequest.TaxCode, order.InvoiceRequest.Email));
        Assert.Equal(InvoiceKind.Vat, order.SubOrders.Single(s => s.ProducerId == company.Producer.Id).InvoiceKind);
        Assert.Equal(InvoiceKind.Sales, order.SubOrders.Single(s => s.ProducerId == household.Producer.Id).InvoiceKind);
        var link = placed.Headers.Location!.OriginalString;
        Assert.Contains("mã số thuế 0301234562", (await guest.PageAsync(link)).QuerySelector("[data-testid=invoice-request]")!.TextContent);

        await Shopping.BankNoticeAsync(_app, "FT" + Guid.NewGuid().ToString("N")[..12], order.TotalDong, $"DH {code}");
        var seller = await TestSellers.SignedInAsync(_app, household);
        var partId = order.SubOrders.Single(s => s.ProducerId == household.Producer.Id).Id;
        var desk = await seller.PageAsync($"/seller/orders/{partId}");
        Assert.Contains("0301234562", desk.QuerySelector("main")!.TextContent);
        var wrong = await seller.SubmitAsync($"/seller/orders/{partId}", $"/seller/orders/{partId}/invoice", new() { ["Series"] = "2C26THH", ["Number"] = "12a", ["LookupCode"] = "X" });
        Assert.Contains("Số hoá đơn chỉ gồm chữ số.", (await seller.PageAsync(wrong.Headers.Location!.OriginalString)).QuerySelector("main")!.TextContent);
        await seller.SubmitAsync($"/seller/orders/{partId}", $"/seller/orders/{partId}/invoice", new() { ["Series"] = "2c26thh", ["Number"] = "0000123", ["LookupCode"] = "hd-7k2m9q" });

        var parts = (await guest.PageAsync(link)).QuerySelectorAll("[data-testid=part-invoice]").Select(p => p.TextContent.Trim()).ToList();
        Assert.Contains("Hoá đơn bán hàng: ký hiệu 2C26THH, số 0000123, mã tra cứu HD-7K2M9Q", parts);
        Assert.Contains("Hoá đơn GTGT: người bán sẽ xuất sau khi đơn được thanh toán.", parts);

        // A part nobody asked an invoice for takes none.
        var plain = await Shopping.OrderAsync(_app, (await OrderingTestData.PlaceAsync(_app, companyProduct)).Code);
        Assert.Null(plain.InvoiceRequest);
        Assert.All(plain.SubOrders, s => Assert.Null(s.InvoiceKind));
    }
}

public sealed class InvoiceRequestTestsOnSqlite(SqliteOrderingFixture fixture) : InvoiceRequestTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class InvoiceRequestTestsOnMariaDb(MariaDbOrderingFixture fixture) : InvoiceRequestTests(fixture), IClassFixture<MariaDbOrderingFixture>;
