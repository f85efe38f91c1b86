using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// Stands in for api.stripe.com behind the app's Stripe client: records every request (form body and headers) and
/// answers Checkout Session and Refund creation the way the Stripe API reference shows. Also signs webhook events
/// the way Stripe does (Stripe-Signature: t=…,v1=HMAC-SHA256(secret, "t.payload")).
/// </summary>
public sealed class FakeStripe : HttpMessageHandler
{
    public const string SecretKey = "sk_test_longan";
    public const string WebhookSecret = "whsec_test_longan";
    public const string ApiBase = "http://stripe.test";

    public ConcurrentQueue<(string Path, Dictionary<string, string> Form, string? IdempotencyKey)> Requests { get; } = new();
    public bool FailNext { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(ct);
        var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
        var key = request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.First() : null;
        Requests.Enqueue((request.RequestUri!.AbsolutePath, form, key));
        if (FailNext)
        {
            FailNext = false;
            return Json(HttpStatusCode.BadRequest, new { error = new { type = "invalid_request_error", message = "Thử lỗi" } });
        }
        return request.RequestUri.AbsolutePath switch
        {
            "/v1/checkout/sessions" => Json(HttpStatusCode.OK, new
            {
                id = "cs_test_" + Math.Abs(key?.GetHashCode() ?? 0),
                @object = "checkout.session",
                url = "https://checkout.stripe.com/c/pay/cs_test_longan",
                expires_at = long.Parse(form["expires_at"]),
                amount_total = form.Where(f => f.Key.EndsWith("[price_data][unit_amount]"))
                    .Sum(f => long.Parse(f.Value) * long.Parse(form[f.Key.Replace("[price_data][unit_amount]", "[quantity]")])),
                currency = "vnd",
                payment_status = "unpaid",
                status = "open",
                client_reference_id = form["client_reference_id"],
            }),
            "/v1/refunds" => Json(HttpStatusCode.OK, new { id = "re_test_" + Requests.Count, @object = "refund", amount = long.Parse(form["amount"]), status = "succeeded" }),
            _ => Json(HttpStatusCode.NotFound, new { error = new { type = "invalid_request_error", message = "unknown path" } }),
        };
    }

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    /// <summary>A checkout.session.* event as Stripe sends it, in the library's current API version.</summary>
    public static string SessionEvent(string eventId, string type, int orderId, long amount, string currency = "vnd", string paymentStatus = "paid") =>
        JsonSerializer.Serialize(new
        {
            id = eventId,
            @object = "event",
            api_version = Stripe.StripeConfiguration.ApiVersion,
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            livemode = false,
            pending_webhooks = 1,
            type,
            data = new
            {
                @object = new
                {
                    id = "cs_test_" + orderId,
                    @object = "checkout.session",
                    amount_total = amount,
                    currency,
                    payment_status = paymentStatus,
                    status = type.EndsWith("expired") ? "expired" : "complete",
                    payment_intent = "pi_test_" + orderId,
                    client_reference_id = orderId.ToString(),
                    metadata = new Dictionary<string, string> { ["order_id"] = orderId.ToString() },
                },
            },
        });

    public static string Signature(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }
}
