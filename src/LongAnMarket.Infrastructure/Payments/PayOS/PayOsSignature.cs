using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LongAnMarket.Infrastructure.Payments.PayOS;

/// <summary>
/// payOS's signatures (payos.vn/docs → Kiểm tra dữ liệu với signature): HMAC-SHA256 with the checksum key over the
/// fields as <c>key1=value1&amp;key2=value2…</c>, keys sorted, null written as nothing, arrays as JSON with each
/// object's keys sorted: what payOS's own SDKs compute, for webhook bodies and API responses alike. A payment-link
/// request signs five fixed fields instead.
/// </summary>
public static class PayOsSignature
{
    public static string OfData(JsonElement data, string checksumKey)
    {
        var fields = data.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={Text(p.Value)}");
        return Hmac(string.Join('&', fields), checksumKey);
    }

    public static string OfPaymentRequest(long amount, string cancelUrl, string description, long orderCode, string returnUrl, string checksumKey) =>
        Hmac(string.Create(CultureInfo.InvariantCulture,
            $"amount={amount}&cancelUrl={cancelUrl}&description={description}&orderCode={orderCode}&returnUrl={returnUrl}"), checksumKey);

    /// <summary>Whether <paramref name="signature"/> is the one payOS would put on <paramref name="data"/>, compared in constant time.</summary>
    public static bool Matches(JsonElement data, string? signature, string checksumKey)
    {
        if (string.IsNullOrEmpty(signature) || data.ValueKind != JsonValueKind.Object) return false;
        byte[] given;
        try { given = Convert.FromHexString(signature); }
        catch (FormatException) { return false; }
        return CryptographicOperations.FixedTimeEquals(given, Convert.FromHexString(OfData(data, checksumKey)));
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        // The SDKs write the strings "null" and "undefined" as nothing too.
        JsonValueKind.String => value.GetString() is "null" or "undefined" ? "" : value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => JsonSerializer.Serialize(value.EnumerateArray().Select(SortedKeys), AsJavaScript),
        _ => value.GetRawText(),
    };

    // JSON.stringify leaves letters outside ASCII as they are.
    private static readonly JsonSerializerOptions AsJavaScript = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static object? SortedKeys(JsonElement item) => item.ValueKind == JsonValueKind.Object
        ? item.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => (object)p.Value)
        : item;

    private static string Hmac(string text, string key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text)));
}
