using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LongAnMarket.Tests.Support.Providers;

/// <summary>
/// SePay on a free loopback port, as its documentation describes it: a transaction on the watched account is posted to
/// the merchant's webhook with <c>Authorization: Apikey …</c>; a delivery counts only when answered 2xx with
/// <c>{"success": true}</c>, otherwise it is kept and sent again (<see cref="RetryUndeliveredAsync"/>, where SePay
/// retries on its own schedule); <c>GET /userapi/transactions/list</c> (Bearer token) lists transactions as the v1 user
/// API does, amounts as decimal strings. Its sandbox page (<c>/sandbox</c>) creates a transaction, as my.dev.sepay.vn does.
/// </summary>
public sealed class SePayStandIn : IAsyncDisposable
{
    public const string ApiKey = "standin-sepay-webhook-key";
    public const string ApiToken = "standin-sepay-api-token";
    public const string AccountNumber = "0000000000";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Dictionary<string, object?>> _transactions = new();
    private readonly ConcurrentQueue<string> _undelivered = new();
    // Far from the documentation example's ID (92704), which tests post as it is.
    private int _ids = Random.Shared.Next(1_000_000, 9_000_000);

    private SePayStandIn(int port)
    {
        ApiBase = new Uri($"http://127.0.0.1:{port}/");
        _app = LoopbackPort.Host(ApiBase);
        _app.MapGet("/userapi/transactions/list", List);
        _app.MapGet("/sandbox", SandboxPage);
        _app.MapPost("/sandbox/transactions", (Delegate)CreateFromPageAsync);
    }

    public Uri ApiBase { get; }
    public (HttpClient Client, string Url)? Merchant { get; set; }
    public bool LoseNotifications { get; set; }
    public int Undelivered => _undelivered.Count;

    /// <summary>Starts on <paramref name="port"/>, or on a free loopback port.</summary>
    public static async Task<SePayStandIn> StartAsync(int? port = null)
    {
        var standIn = new SePayStandIn(port ?? LoopbackPort.Free());
        await standIn._app.StartAsync();
        return standIn;
    }

    /// <summary>Money arrives on an account SePay watches: recorded, and the merchant notified (unless notifications are lost).</summary>
    public async Task<string> TransferInAsync(long amount, string content, string accountNumber = AccountNumber)
    {
        var id = Interlocked.Increment(ref _ids);
        var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var reference = $"MBVCB.{3278900000L + id}";
        _transactions.Enqueue(new Dictionary<string, object?>
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture), ["bank_brand_name"] = "Vietcombank", ["account_number"] = accountNumber,
            ["transaction_date"] = at, ["amount_out"] = "0.00", ["amount_in"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["accumulated"] = "19077000.00", ["transaction_content"] = content, ["reference_number"] = reference, ["code"] = null,
            ["sub_account"] = null, ["bank_account_id"] = "19",
        });
        var body = WebhookBody(id, at, accountNumber, content, "in", amount, reference);
        if (!LoseNotifications) await DeliverAsync(body);
        return body;
    }

    /// <summary>A webhook body in the shape of SePay's documented example.</summary>
    public static string WebhookBody(long id, string transactionDate, string accountNumber, string content, string transferType, long amount, string reference) =>
        JsonSerializer.Serialize(new
        {
            id, gateway = "Vietcombank", transactionDate, accountNumber, code = (string?)null, content, transferType,
            transferAmount = amount, accumulated = 19077000, subAccount = (string?)null, referenceCode = reference, description = "",
        });

    public async Task<HttpResponseMessage> SendAsync(string body, string? authorization = "Apikey " + ApiKey)
    {
        var (client, url) = Merchant ?? throw new InvalidOperationException("No merchant webhook configured.");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await client.SendAsync(request);
    }

    /// <summary>Sends every delivery that was not acknowledged again, as SePay's automatic retries would.</summary>
    public async Task RetryUndeliveredAsync()
    {
        var count = _undelivered.Count;
        for (var i = 0; i < count && _undelivered.TryDequeue(out var body); i++) await DeliverAsync(body);
    }

    private async Task DeliverAsync(string body)
    {
        try
        {
            using var response = await SendAsync(body);
            var text = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode && JsonDocument.Parse(text).RootElement.TryGetProperty("success", out var ok) && ok.ValueKind == JsonValueKind.True) return;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException) { }
        _undelivered.Enqueue(body);
    }

    private IResult List(HttpContext http)
    {
        if (http.Request.Headers.Authorization != "Bearer " + ApiToken)
            return Results.Json(new { status = 401, error = "unauthorized", messages = new { success = false } }, statusCode: 401);
        var account = http.Request.Query["account_number"].ToString();
        var since = http.Request.Query["transaction_date_min"].ToString();
        var found = _transactions.Where(t => (account.Length == 0 || (string)t["account_number"]! == account)
            && string.CompareOrdinal((string)t["transaction_date"]!, since) >= 0).Reverse().ToList();
        return Results.Json(new { status = 200, error = (string?)null, messages = new { success = true }, transactions = found });
    }

    private static IResult SandboxPage() => Results.Content($"""
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
        <title>SePay sandbox (stand-in)</title></head><body>
        <h1>Giả lập giao dịch</h1>
        <form method="post" action="/sandbox/transactions">
        <p><label>Số tài khoản <input name="account" value="{AccountNumber}"></label></p>
        <p><label>Số tiền <input name="amount" inputmode="numeric"></label></p>
        <p><label>Nội dung <input name="content"></label></p>
        <button type="submit">Tạo giao dịch tiền vào</button></form></body></html>
        """, "text/html; charset=utf-8");

    private async Task<IResult> CreateFromPageAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        if (!long.TryParse(form["amount"], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            return Results.Content("<!doctype html><title>SePay</title><p>Số tiền không hợp lệ.</p>", "text/html; charset=utf-8", statusCode: 400);
        await TransferInAsync(amount, form["content"].ToString(), form["account"].ToString());
        return Results.Content($"<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>SePay</title><link rel=\"icon\" href=\"data:,\"></head><body><p role=\"status\">Đã tạo giao dịch {amount:N0} ₫: {WebUtility.HtmlEncode(form["content"].ToString())}</p></body></html>",
            "text/html; charset=utf-8");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
