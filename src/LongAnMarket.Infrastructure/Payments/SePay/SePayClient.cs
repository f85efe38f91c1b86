using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace LongAnMarket.Infrastructure.Payments.SePay;

public sealed class SePayException(string message) : Exception(message);

/// <summary>
/// SePay's user API transaction list (<c>GET /userapi/transactions/list</c>, <c>Authorization: Bearer {token}</c>),
/// filtered to one account and to transactions since a time in Vietnam's wall clock.
/// </summary>
public sealed class SePayClient(HttpClient http)
{
    /// <summary>SePay's largest page.</summary>
    public const int Limit = 5000;

    public async Task<IReadOnlyList<SePayTransaction>> IncomingSinceAsync(SePayAccount account, DateTimeOffset since, CancellationToken ct)
    {
        if (account.ApiToken is null) throw new SePayException("no API token to list transactions with");
        var from = since.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var query = $"userapi/transactions/list?account_number={Uri.EscapeDataString(account.AccountNumber)}&transaction_date_min={Uri.EscapeDataString(from)}&limit={Limit}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(account.ApiBase, query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.ApiToken);
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new SePayException($"SePay answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 200)]}");
        try
        {
            var root = JsonDocument.Parse(text).RootElement;
            return [.. root.GetProperty("transactions").EnumerateArray()
                .Select(t => new SePayTransaction(t.GetProperty("id").ToString(), t.GetProperty("account_number").ToString(),
                    SePayWebhook.Amount(t.GetProperty("amount_in")), t.GetProperty("transaction_content").ToString(),
                    SePayWebhook.ParseTime(t.GetProperty("transaction_date").GetString())))
                .Where(t => t.AmountIn > 0)];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new SePayException($"SePay's transaction list could not be read: {ex.Message}");
        }
    }
}
