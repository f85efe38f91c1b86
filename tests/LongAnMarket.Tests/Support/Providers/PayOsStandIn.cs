using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LongAnMarket.Tests.Support.Providers;

/// <summary>
/// payOS on a free loopback port, as its API reference and Node SDK describe it: <c>POST /v2/payment-requests</c> checks
/// the client ID, API key and the request's signature, refuses a repeated order code and a description over 25
/// characters, and answers with a checkout URL; <c>GET /v2/payment-requests/{orderCode}</c> reports the link and its
/// transactions; every answer's data and every webhook is signed by payOS's own SDK (<see cref="PayOsSdk"/>). Its
/// checkout page (<c>/web/{paymentLinkId}</c>) lets a person "transfer", after which it notifies the merchant and
/// redirects back with payOS's query parameters.
/// </summary>
public sealed class PayOsStandIn : IAsyncDisposable
{
    public const string ClientId = "standin-client-id";
    public const string ApiKey = "standin-api-key";
    public const string ChecksumKey = "1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675";
    public const string AccountNumber = "0129837465";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<long, Link> _links = new();
    private int _references;

    private PayOsStandIn(int port)
    {
        ApiBase = new Uri($"http://127.0.0.1:{port}/");
        _app = LoopbackPort.Host(ApiBase);
        Map(_app);
    }

    public Uri ApiBase { get; }
    /// <summary>Where notifications go (the app's <c>/webhooks/payos/{account}</c>) and the client that reaches it.</summary>
    public (HttpClient Client, string Url)? Merchant { get; set; }
    /// <summary>Pays without notifying, as when payOS's call never reaches the merchant.</summary>
    public bool LoseNotifications { get; set; }
    public IReadOnlyCollection<Link> Links => [.. _links.Values];

    public sealed class Link
    {
        public required long OrderCode { get; init; }
        public required string PaymentLinkId { get; init; }
        public required long Amount { get; init; }
        public required string Description { get; init; }
        public required string ReturnUrl { get; init; }
        public required string CancelUrl { get; init; }
        public string Status { get; set; } = "PENDING";
        public List<Dictionary<string, object?>> Transactions { get; } = [];
    }

    /// <summary>Starts on <paramref name="port"/>, or on a free loopback port.</summary>
    public static async Task<PayOsStandIn> StartAsync(int? port = null)
    {
        var standIn = new PayOsStandIn(port ?? LoopbackPort.Free());
        await standIn._app.StartAsync();
        return standIn;
    }

    private void Map(WebApplication app)
    {
        app.MapPost("/v2/payment-requests", (Delegate)CreateAsync);
        app.MapGet("/v2/payment-requests/{id}", GetAsync);
        app.MapGet("/web/{id}", CheckoutPage);
        app.MapPost("/web/{id}/pay", PayFromPageAsync);
        app.MapGet("/web/{id}/cancel", Cancel);
    }

    /// <summary>The shopper's transfer lands: the link is paid, and the merchant notified (unless notifications are lost).</summary>
    public async Task<string> PayAsync(long orderCode, long? amount = null)
    {
        var link = _links[orderCode];
        var reference = $"FT{DateTime.UtcNow:yyMMdd}{Interlocked.Increment(ref _references):D6}";
        var data = PaymentData(link.OrderCode, amount ?? link.Amount, $"CS{link.OrderCode % 100000000} {link.Description}", reference, link.PaymentLinkId);
        link.Transactions.Add(new Dictionary<string, object?>
        {
            ["reference"] = reference, ["amount"] = data["amount"], ["accountNumber"] = AccountNumber, ["description"] = data["description"],
            ["transactionDateTime"] = data["transactionDateTime"], ["virtualAccountName"] = null, ["virtualAccountNumber"] = null,
            ["counterAccountBankId"] = "970436", ["counterAccountBankName"] = "Vietcombank", ["counterAccountName"] = "NGUYEN VAN AN",
            ["counterAccountNumber"] = "0071000123456",
        });
        link.Status = (long)data["amount"]! >= link.Amount ? "PAID" : "UNDERPAID";
        var body = await WebhookBodyAsync(data);
        if (!LoseNotifications) await NotifyAsync(body);
        return body;
    }

    /// <summary>A webhook body exactly as payOS sends one, signed by its SDK with a channel's checksum key.</summary>
    public static async Task<string> WebhookBodyAsync(Dictionary<string, object?> data, string checksumKey = ChecksumKey) =>
        JsonSerializer.Serialize(new { code = "00", desc = "success", success = true, data, signature = await PayOsSdk.SignDataAsync(data, checksumKey) });

    /// <summary>The <c>data</c> of payOS's payment notification, with the fields its documentation's example has.</summary>
    public static Dictionary<string, object?> PaymentData(long orderCode, long amount, string description, string reference, string paymentLinkId) => new()
    {
        ["orderCode"] = orderCode,
        ["amount"] = amount,
        ["description"] = description,
        ["accountNumber"] = AccountNumber,
        ["reference"] = reference,
        ["transactionDateTime"] = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ["currency"] = "VND",
        ["paymentLinkId"] = paymentLinkId,
        ["code"] = "00",
        ["desc"] = "success",
        ["counterAccountBankId"] = "970436",
        ["counterAccountBankName"] = "Vietcombank",
        ["counterAccountName"] = "NGUYEN VAN AN",
        ["counterAccountNumber"] = "0071000123456",
        ["virtualAccountName"] = "",
        ["virtualAccountNumber"] = "",
    };

    public async Task<HttpResponseMessage> NotifyAsync(string body)
    {
        var (client, url) = Merchant ?? throw new InvalidOperationException("No merchant webhook configured.");
        return await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
    }

    public Link LinkFor(long orderCode) => _links[orderCode];

    private async Task<IResult> CreateAsync(HttpContext http)
    {
        if (http.Request.Headers["x-client-id"] != ClientId || http.Request.Headers["x-api-key"] != ApiKey)
            return Results.Json(new { code = "401", desc = "Thông tin xác thực không hợp lệ", data = (object?)null }, statusCode: 401);
        using var json = await JsonDocument.ParseAsync(http.Request.Body);
        var body = json.RootElement;
        var request = new
        {
            amount = body.GetProperty("amount").GetInt64(),
            cancelUrl = body.GetProperty("cancelUrl").GetString(),
            description = body.GetProperty("description").GetString(),
            orderCode = body.GetProperty("orderCode").GetInt64(),
            returnUrl = body.GetProperty("returnUrl").GetString(),
        };
        if (body.GetProperty("signature").GetString() != await PayOsSdk.SignPaymentRequestAsync(request, ChecksumKey))
            return Results.Json(new { code = "201", desc = "Mã kiểm tra(signature) không hợp lệ", data = (object?)null });
        if (request.description!.Length > 25)
            return Results.Json(new { code = "20", desc = "Mô tả tối đa 25 kí tự", data = (object?)null });
        var link = new Link
        {
            OrderCode = request.orderCode, PaymentLinkId = Guid.NewGuid().ToString("N"), Amount = request.amount,
            Description = request.description, ReturnUrl = request.returnUrl!, CancelUrl = request.cancelUrl!,
        };
        if (!_links.TryAdd(link.OrderCode, link)) return Results.Json(new { code = "231", desc = "Đơn thanh toán đã tồn tại", data = (object?)null });
        var data = new Dictionary<string, object?>
        {
            ["bin"] = "970436", ["accountNumber"] = AccountNumber, ["accountName"] = "LONGANMARKET", ["amount"] = link.Amount,
            ["description"] = link.Description, ["orderCode"] = link.OrderCode, ["currency"] = "VND", ["paymentLinkId"] = link.PaymentLinkId,
            ["status"] = link.Status, ["expiredAt"] = body.TryGetProperty("expiredAt", out var e) ? e.GetInt64() : null,
            ["checkoutUrl"] = new Uri(ApiBase, $"/web/{link.PaymentLinkId}").ToString(), ["qrCode"] = "00020101021238570010A000000727",
        };
        return await SignedAsync(data);
    }

    private async Task<IResult> GetAsync(HttpContext http, string id)
    {
        if (http.Request.Headers["x-client-id"] != ClientId || http.Request.Headers["x-api-key"] != ApiKey)
            return Results.Json(new { code = "401", desc = "Thông tin xác thực không hợp lệ", data = (object?)null }, statusCode: 401);
        var link = _links.Values.FirstOrDefault(l => l.PaymentLinkId == id || l.OrderCode.ToString(CultureInfo.InvariantCulture) == id);
        if (link is null) return Results.Json(new { code = "101", desc = "Không tìm thấy thông tin thanh toán", data = (object?)null });
        var paid = link.Transactions.Sum(t => (long)t["amount"]!);
        return await SignedAsync(new Dictionary<string, object?>
        {
            ["id"] = link.PaymentLinkId, ["orderCode"] = link.OrderCode, ["amount"] = link.Amount, ["amountPaid"] = paid,
            ["amountRemaining"] = Math.Max(0, link.Amount - paid), ["status"] = link.Status, ["createdAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["transactions"] = link.Transactions, ["cancellationReason"] = null, ["canceledAt"] = null,
        });
    }

    private static async Task<IResult> SignedAsync(Dictionary<string, object?> data) =>
        Results.Json(new { code = "00", desc = "success", data, signature = await PayOsSdk.SignDataAsync(data, ChecksumKey) });

    private IResult CheckoutPage(string id)
    {
        var link = _links.Values.FirstOrDefault(l => l.PaymentLinkId == id);
        if (link is null) return Results.NotFound();
        var html = $"""
            <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
            <title>payOS (stand-in)</title></head><body>
            <h1>payOS: thanh toán đơn {link.OrderCode}</h1>
            <p>Số tiền: <strong>{link.Amount:N0} ₫</strong></p><p>Nội dung: <strong>{WebUtility.HtmlEncode(link.Description)}</strong></p>
            <form method="post" action="/web/{link.PaymentLinkId}/pay"><button type="submit">Tôi đã chuyển khoản</button></form>
            <p><a href="/web/{link.PaymentLinkId}/cancel">Huỷ thanh toán</a></p></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private async Task<IResult> PayFromPageAsync(string id)
    {
        var link = _links.Values.FirstOrDefault(l => l.PaymentLinkId == id);
        if (link is null) return Results.NotFound();
        await PayAsync(link.OrderCode);
        return Results.Redirect($"{link.ReturnUrl}{Separator(link.ReturnUrl)}code=00&id={link.PaymentLinkId}&cancel=false&status=PAID&orderCode={link.OrderCode}");
    }

    private IResult Cancel(string id)
    {
        var link = _links.Values.FirstOrDefault(l => l.PaymentLinkId == id);
        if (link is null) return Results.NotFound();
        link.Status = "CANCELLED";
        return Results.Redirect($"{link.CancelUrl}{Separator(link.CancelUrl)}code=00&id={link.PaymentLinkId}&cancel=true&status=CANCELLED&orderCode={link.OrderCode}");
    }

    private static string Separator(string url) => url.Contains('?') ? "&" : "?";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
