using System.Net;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>Checkout says everything that is wrong at once, each message beside its field, and places nothing.</summary>
public sealed class CheckoutFormErrorsTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task An_empty_submit_marks_every_required_field_with_its_own_message()
    {
        var shopper = await ShopperWithCartAsync();
        var response = await shopper.SubmitAsync("/checkout", "/checkout", new()
        {
            ["Name"] = "", ["Phone"] = "", ["Email"] = "", ["Province"] = "", ["Commune"] = "", ["Street"] = "",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        foreach (var field in new[] { "Name", "Phone", "Email", "Province", "Commune", "Street" })
        {
            var input = page.QuerySelector($"#{field}")!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Contains($"{field}-error", input.GetAttribute("aria-describedby")!.Split(' '));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")!.TextContent));
            Assert.NotNull(page.QuerySelector($"#form-errors a[href='#{field}']"));
        }
        Assert.Null(page.QuerySelector("#Note")!.GetAttribute("aria-invalid"));
        Assert.Contains("Cần sửa 6 chỗ:", page.QuerySelector("#form-errors")!.TextContent);
    }

    [Fact]
    public async Task A_wrong_phone_and_a_wrong_email_are_both_reported_on_the_first_submit()
    {
        var shopper = await ShopperWithCartAsync();
        var orders = await _app.WithDbAsync(db => db.Orders.CountAsync());
        var fields = Shopping.Address("khong-phai-email");
        fields["Phone"] = "12345";
        var response = await shopper.SubmitAsync("/checkout", "/checkout", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("true", page.QuerySelector("#Phone")!.GetAttribute("aria-invalid"));
        Assert.Equal("true", page.QuerySelector("#Email")!.GetAttribute("aria-invalid"));
        Assert.Contains("khong-phai-email", page.QuerySelector("#Email-error")!.TextContent);
        Assert.Null(page.QuerySelector("#Name")!.GetAttribute("aria-invalid"));
        Assert.Equal("email-hint Email-error", page.QuerySelector("#Email")!.GetAttribute("aria-describedby"));
        Assert.Equal("Trần Thị Mua", page.QuerySelector("#Name")!.GetAttribute("value")); // what was typed stays
        Assert.Equal(orders, await _app.WithDbAsync(db => db.Orders.CountAsync()));
    }

    private async Task<Visitor> ShopperWithCartAsync()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh phồng"));
        var shopper = new Visitor(_app);
        await shopper.AddAsync(product, 1);
        return shopper;
    }
}
