using System.Text.RegularExpressions;
using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>
/// A company buyer asks for an invoice at checkout and pays by transfer (seen by SePay), the producer records
/// the invoice it issued on its order page, and the buyer reads its series, number and lookup code on the order: every
/// page on a phone and a desktop, fitting the screen and read by axe.
/// </summary>
public sealed class InvoiceJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Company = "Công ty TNHH Bếp Quê Cần Giuộc";
    private const string TaxCode = "1101234567";

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 900)]
    public async Task A_company_asks_for_an_invoice_and_reads_the_one_the_producer_issued_on_its_order(int width, int height)
    {
        var phone = width < 800;
        await using var shopperContext = await Fixture.SizedAsync(width, height, phone);
        var shopper = await shopperContext.NewPageAsync();
        await shopper.GotoAsync("/p/gao-nang-thom-cho-dao", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Thêm vào giỏ" }).ClickAsync();
        await Assertions.Expect(shopper.Locator("[data-toast]")).ToHaveTextAsync("Đã thêm vào giỏ hàng.");
        await shopper.GotoAsync("/checkout");
        await CheckoutPage.FillRecipientAsync(shopper, "Trần Thị Bếp", "Xã Cần Giuộc", "Số 12, ấp Chợ");
        var invoice = shopper.Locator("details.checkout__invoice");
        await invoice.Locator("summary").ClickAsync();
        await invoice.GetByLabel("Tôi cần hoá đơn cho đơn này").CheckAsync();
        await invoice.GetByLabel("Tên đơn vị").FillAsync(Company);
        await invoice.GetByLabel("Mã số thuế").FillAsync(TaxCode);
        await invoice.GetByLabel("Địa chỉ đơn vị").FillAsync("Số 5, đường Nguyễn Thái Bình, xã Cần Giuộc, tỉnh Tây Ninh");
        await invoice.GetByLabel("Hộp thư nhận hoá đơn").FillAsync("ketoan@bepque.example.vn");
        await Assertions.Expect(shopper.Locator(".checkout__invoice-kind").First).ToHaveTextAsync(new Regex("^Xuất hoá đơn (GTGT|bán hàng)"));
        await FitsAndPassesAxeAsync(shopper, $"130-{width}-checkout-invoice-requested");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Đặt hàng" }).ClickAsync();
        await shopper.WaitForURLAsync(new Regex("/orders/[2-9A-Z]{9}\\?key="), new() { WaitUntil = WaitUntilState.Commit });
        var code = Regex.Match(shopper.Url, "/orders/([2-9A-Z]{9})").Groups[1].Value;
        await Assertions.Expect(shopper.GetByTestId("invoice-request")).ToContainTextAsync($"Xuất cho {Company}, mã số thuế {TaxCode}");
        await Assertions.Expect(shopper.GetByTestId("part-invoice")).ToContainTextAsync("người bán sẽ xuất sau khi đơn được thanh toán");

        // The company's bank moves the money; SePay sees it land on the marketplace's account and the order turns paid.
        var orderPage = shopper.Url;
        var amount = await shopper.Locator("button[data-copy]").Nth(1).GetAttributeAsync("data-copy");
        await shopper.GotoAsync(new Uri(RunningSite.SePay.ApiBase, "/sandbox").ToString());
        await shopper.GetByLabel("Số tiền").FillAsync(amount!);
        await shopper.GetByLabel("Nội dung").FillAsync($"CONG TY BEP QUE DH {code}");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Tạo giao dịch tiền vào" }).ClickAsync();
        await Assertions.Expect(shopper.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo giao dịch");

        await using var producerContext = await Fixture.SizedAsync(width, height, phone);
        var producer = await producerContext.NewPageAsync();
        await ProducerDesk.SignInAsync(producer);
        await producer.GotoAsync("/seller/orders");
        await producer.GetByRole(AriaRole.Link, new() { Name = code, Exact = true }).ClickAsync();
        await Assertions.Expect(producer.GetByRole(AriaRole.Heading, new() { Name = "Hoá đơn người mua yêu cầu" })).ToBeVisibleAsync();
        await Assertions.Expect(producer.Locator("dl.facts")).ToContainTextAsync(TaxCode);
        var number = Random.Shared.Next(1, 9_999_999).ToString("D7");
        await producer.GetByLabel("Ký hiệu hoá đơn").FillAsync("1c26tla");
        await producer.GetByLabel("Số hoá đơn").FillAsync(number);
        await producer.GetByLabel("Mã tra cứu").FillAsync($"BQ{number}");
        await producer.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận hoá đơn đã xuất" }).ClickAsync();
        await Assertions.Expect(producer.Locator("main [role=status]").First).ToContainTextAsync("Đã ghi nhận hoá đơn");
        await Assertions.Expect(producer.GetByRole(AriaRole.Button, new() { Name = "Sửa thông tin hoá đơn" })).ToBeVisibleAsync();
        await FitsAndPassesAxeAsync(producer, $"132-{width}-seller-order-invoice-recorded");
        await producer.GotoAsync("/seller/statement");
        await Assertions.Expect(producer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sổ đối soát");
        var firstAmount = await producer.Locator("main table td.price").First.BoundingBoxAsync();
        Assert.True(firstAmount is not null && firstAmount.X + firstAmount.Width <= width, $"the statement's first amount is off-screen at {width} px");
        await FitsAndPassesAxeAsync(producer, $"133-{width}-seller-statement");

        await shopper.GotoAsync(orderPage);
        await Assertions.Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync("Đã thanh toán");
        await Assertions.Expect(shopper.GetByTestId("part-invoice")).ToContainTextAsync($"ký hiệu 1C26TLA, số {number}, mã tra cứu BQ{number}");
        await FitsAndPassesAxeAsync(shopper, $"134-{width}-order-with-invoice");
    }
}
