using System.Net;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Web.Ordering;

namespace LongAnMarket.Tests.Web.Localization;

/// <summary>A visitor who chose English reads the rules the forms and the domain enforce in English too.</summary>
public abstract class EnglishMessagesTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task An_english_visitor_reads_stock_and_checkout_refusals_in_english_and_a_vietnamese_one_as_before()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 2, name: "Khô cá lóc");
        var english = new Visitor(_app);
        await english.GetAsync("/culture/en-US?returnUrl=%2F");

        var tooMany = await english.AddAsync(product, 5);
        var refused = (await english.PageAsync(tooMany.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Only 2 left.", refused);
        Assert.DoesNotContain("Chỉ còn", refused);

        await english.AddAsync(product, 2);
        var checkout = await english.CheckoutAsync(Visitor.NewEmail(), new() { ["Name"] = "", ["Token"] = "not-a-token", ["Note"] = new string('x', 501) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, checkout.StatusCode);
        var errors = (await HtmlPage.ParseAsync(checkout)).QuerySelector("#form-errors")!.TextContent;
        Assert.Contains("Enter the recipient's name.", errors);
        Assert.Contains("“not-a-token” is not a valid value.", errors);
        Assert.Contains("At most 500 characters.", errors); // an attribute without a message of its own
        Assert.DoesNotContain("Hãy nhập", errors);
        Assert.DoesNotContain("The field", errors);

        var vietnamese = new Visitor(_app);
        var stillVietnamese = await vietnamese.AddAsync(product, 5);
        Assert.Contains("Chỉ còn 2 sản phẩm.", (await vietnamese.PageAsync(stillVietnamese.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        await vietnamese.AddAsync(product, 2);
        var longNote = await vietnamese.CheckoutAsync(Visitor.NewEmail(), new() { ["Note"] = new string('x', 501) });
        Assert.Contains("Dài tối đa 500 ký tự.", (await HtmlPage.ParseAsync(longNote)).QuerySelector("#form-errors")!.TextContent);
    }
}

public sealed class EnglishMessagesTestsOnSqlite(SqliteAppFixture fixture) : EnglishMessagesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EnglishMessagesTestsOnMariaDb(MariaDbAppFixture fixture) : EnglishMessagesTests(fixture), IClassFixture<MariaDbAppFixture>;
