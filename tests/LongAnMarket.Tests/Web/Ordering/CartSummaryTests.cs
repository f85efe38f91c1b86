using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>
/// The header's cart count comes from /cart/summary after a page loads, never from the (cached, shared) page itself;
/// a script's add answers in JSON and leaves the shopper where they are.
/// </summary>
public sealed class CartSummaryTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task The_summary_counts_the_visitors_own_lines_and_is_never_stored()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var rice = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo tấm"));
        var fish = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Nước mắm"));
        var shopper = new Visitor(_app);
        var empty = await shopper.GetAsync("/cart/summary");
        Assert.Equal("no-store", empty.Headers.CacheControl?.ToString());
        Assert.Equal(0, await CountAsync(empty));

        var added = await AddByScriptAsync(shopper, rice.Variants[0].Id, 2);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        using (var answer = JsonDocument.Parse(await added.Content.ReadAsStringAsync()))
        {
            Assert.Equal("Đã thêm vào giỏ hàng.", answer.RootElement.GetProperty("message").GetString());
            Assert.Equal(1, answer.RootElement.GetProperty("count").GetInt32());
        }
        await AddByScriptAsync(shopper, fish.Variants[0].Id, 1);
        await AddByScriptAsync(shopper, rice.Variants[0].Id, 1); // the same line again
        Assert.Equal(2, await CountAsync(await shopper.GetAsync("/cart/summary")));
        Assert.Equal(0, await CountAsync(await new Visitor(_app).GetAsync("/cart/summary"))); // another visitor

        var page = await shopper.PageAsync($"/p/{rice.Slug}");
        var badge = page.QuerySelector("[data-cart-count]")!;
        Assert.True(badge.HasAttribute("hidden"));
        Assert.Equal("", badge.TextContent); // the page itself carries nothing of the visitor
    }

    [Fact]
    public async Task A_script_add_that_cannot_be_done_says_why_in_json_and_adds_nothing()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var scarce = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng", stock: 1));
        var shopper = new Visitor(_app);
        var tooMany = await AddByScriptAsync(shopper, scarce.Variants[0].Id, 5);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        using var answer = JsonDocument.Parse(await tooMany.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(answer.RootElement.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("count").ValueKind);
        var zero = await AddByScriptAsync(shopper, scarce.Variants[0].Id, 0);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, zero.StatusCode);
        Assert.Equal(0, await CountAsync(await shopper.GetAsync("/cart/summary")));

        var withoutScript = await shopper.Client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["VariantId"] = scarce.Variants[0].Id.ToString(), ["Quantity"] = "1",
        }));
        Assert.Equal(HttpStatusCode.Redirect, withoutScript.StatusCode); // a form post still goes to the cart page
    }

    private static Task<HttpResponseMessage> AddByScriptAsync(Visitor visitor, int variantId, int quantity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new MultipartFormDataContent { { new StringContent(variantId.ToString()), "VariantId" }, { new StringContent(quantity.ToString()), "Quantity" } },
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return visitor.Client.SendAsync(request);
    }

    private static async Task<int> CountAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("count").GetInt32();
    }
}
