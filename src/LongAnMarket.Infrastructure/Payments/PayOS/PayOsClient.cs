using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LongAnMarket.Infrastructure.Payments.PayOS;

public sealed class PayOsException(string message) : Exception(message);

/// <summary>A payment link as payOS reports it (GET /v2/payment-requests/{orderCode}).</summary>
public sealed record PayOsPayment(string Status, long Amount, long AmountPaid, IReadOnlyList<PayOsTransaction> Transactions);

public sealed record PayOsTransaction(string Reference, long Amount, string Description, DateTimeOffset Time);

/// <summary>
/// payOS's merchant API (api-merchant.payos.vn, as payOS's Node SDK 2.0.5 calls it): <c>x-client-id</c> and
/// <c>x-api-key</c> on every call; requests to open a link signed with the checksum key; every answer's <c>data</c>
/// signed by payOS, and refused here unless the signature matches.
/// </summary>
public sealed class PayOsClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public async Task<(string PaymentLinkId, string CheckoutUrl)> OpenAsync(PayOsAccount account, long orderCode, long amount, string description,
        string returnUrl, string cancelUrl, DateTimeOffset expiresAt, CancellationToken ct)
    {
        var body = new Dictionary<string, object>
        {
            ["orderCode"] = orderCode,
            ["amount"] = amount,
            ["description"] = description,
            ["returnUrl"] = returnUrl,
            ["cancelUrl"] = cancelUrl,
            ["expiredAt"] = expiresAt.ToUnixTimeSeconds(),
            ["signature"] = PayOsSignature.OfPaymentRequest(amount, cancelUrl, description, orderCode, returnUrl, account.ChecksumKey),
        };
        var data = await SendAsync(account, HttpMethod.Post, "v2/payment-requests", body, ct);
        return (data.GetProperty("paymentLinkId").GetString()!, data.GetProperty("checkoutUrl").GetString()!);
    }

    public async Task<PayOsPayment> GetAsync(PayOsAccount account, long orderCode, CancellationToken ct)
    {
        var data = await SendAsync(account, HttpMethod.Get, $"v2/payment-requests/{orderCode.ToString(CultureInfo.InvariantCulture)}", null, ct);
        var transactions = data.TryGetProperty("transactions", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(t => new PayOsTransaction(t.GetProperty("reference").GetString() ?? "", t.GetProperty("amount").GetInt64(),
                t.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "", ParseTime(t.GetProperty("transactionDateTime").GetString()))).ToList()
            : [];
        return new PayOsPayment(data.GetProperty("status").GetString() ?? "", data.GetProperty("amount").GetInt64(),
            data.TryGetProperty("amountPaid", out var paid) ? paid.GetInt64() : 0, transactions);
    }

    /// <summary>payOS writes times as Vietnam's wall clock ("2023-02-04 18:25:00"), or as ISO 8601 with an offset.</summary>
    public static DateTimeOffset ParseTime(string? text)
    {
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return new DateTimeOffset(local.DateTime, Vietnam);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) ? iso
            : throw new PayOsException($"payOS sent a time that cannot be read: '{text}'.");
    }

    private async Task<JsonElement> SendAsync(PayOsAccount account, HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(account.ApiBase, path));
        request.Headers.Add("x-client-id", account.ClientId);
        request.Headers.Add("x-api-key", account.ApiKey);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        using var response = await http.SendAsync(request, ct);
        Answer? answer;
        try { answer = await response.Content.ReadFromJsonAsync<Answer>(Json, ct); }
        catch (JsonException) { answer = null; }
        if (answer is null) throw new PayOsException($"payOS answered {(int)response.StatusCode} with no JSON body.");
        if (!response.IsSuccessStatusCode || answer.Code != "00" || answer.Data is not { ValueKind: JsonValueKind.Object } data)
            throw new PayOsException($"payOS refused ({(int)response.StatusCode}, code {answer.Code}): {answer.Desc}");
        if (!PayOsSignature.Matches(data, answer.Signature, account.ChecksumKey))
            throw new PayOsException("payOS's answer is not signed with this channel's checksum key.");
        return data;
    }

    private sealed record Answer(string? Code, string? Desc, JsonElement? Data, [property: JsonPropertyName("signature")] string? Signature);
}
