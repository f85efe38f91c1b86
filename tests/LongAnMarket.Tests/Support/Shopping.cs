using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Support;

/// <summary>What a shopper does, through the same forms a browser would post.</summary>
public static class Shopping
{
    public static Dictionary<string, string> Address(string email) => new()
    {
        ["Name"] = "Trần Thị Mua", ["Phone"] = "0912 345 678", ["Email"] = email, ["Province"] = "Tây Ninh",
        ["Commune"] = "xa can duoc", ["Street"] = "12 đường Chợ Đào", ["Note"] = "Gọi trước khi giao",
    };

    public static async Task<HttpResponseMessage> AddAsync(this Visitor visitor, Product product, int quantity, int variantIndex = 0) =>
        await visitor.SubmitAsync($"/p/{product.Slug}", "/cart/add", new()
        {
            ["VariantId"] = product.Variants[variantIndex].Id.ToString(), ["Quantity"] = quantity.ToString(),
        });

    /// <summary>Opens /checkout and submits it; returns the response (a redirect to the order page when it worked).</summary>
    public static Task<HttpResponseMessage> CheckoutAsync(this Visitor visitor, string email, Dictionary<string, string>? extra = null)
    {
        var fields = Address(email);
        foreach (var (key, value) in extra ?? []) fields[key] = value;
        return visitor.SubmitAsync("/checkout", "/checkout", fields);
    }

    public static string CodeOf(HttpResponseMessage placed)
    {
        if (placed.StatusCode != HttpStatusCode.Redirect)
        {
            var page = HtmlPage.Parse(placed.Content.ReadAsStringAsync().GetAwaiter().GetResult());
            Assert.Fail($"The order was not placed: {(int)placed.StatusCode} {page.QuerySelector("#form-errors, [role=alert], main")?.TextContent.Trim()}");
        }
        return placed.Headers.Location!.OriginalString.Split('/', '?')[2];
    }

    public static Task<Order> OrderAsync(MarketAppFactory app, string code) =>
        app.WithDbAsync(db => db.Orders.AsNoTracking().WithParts().AsSingleQuery().SingleAsync(o => o.Code == code));

    public static Task<int> StockAsync(MarketAppFactory app, Product product, int variantIndex = 0) =>
        app.WithDbAsync(db => db.ProductVariants.Where(v => v.Id == product.Variants[variantIndex].Id).Select(v => v.Stock).SingleAsync());

    /// <summary>Posts a bank notification signed with <paramref name="secret"/> at <paramref name="at"/>.</summary>
    public static Task<HttpResponseMessage> BankNoticeAsync(MarketAppFactory app, string transactionId, long amount, string purpose,
        string secret = OrderingAppFixture.BankSecret, DateTimeOffset? at = null, string? body = null)
    {
        var json = body ?? JsonSerializer.Serialize(new { transactionId, amount, purpose, time = DateTimeOffset.UtcNow });
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString();
        var signature = BankWebhookSignature.Sign(secret, timestamp, Encoding.UTF8.GetBytes(json));
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/bank-transfer") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Signature", "sha256=" + Convert.ToHexStringLower(signature));
        return app.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);
    }

    public static Task<HttpResponseMessage> StripeEventAsync(MarketAppFactory app, string payload, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", signature ?? FakeStripe.Signature(payload, DateTimeOffset.UtcNow));
        return app.CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);
    }

    /// <summary>Puts an order's payment deadline in the past, as if the shopper had walked away.</summary>
    public static Task PastDeadlineAsync(MarketAppFactory app, string code) => app.WithDbAsync(db =>
        db.Orders.Where(o => o.Code == code).ExecuteUpdateAsync(s => s.SetProperty(o => o.PayByUtc, DateTime.UtcNow.AddMinutes(-1))));
}
