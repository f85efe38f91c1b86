using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>The public half of the signing key as a JSON Web Key (RFC 7517), and signature checks against it.</summary>
public sealed class TraceKeyJwk : ITraceSignatureVerifier, IDisposable
{
    private readonly ECDsa _key;

    private TraceKeyJwk(ECDsa key)
    {
        _key = key;
        var parameters = key.ExportParameters(false);
        X = Base64Url(parameters.Q.X!);
        Y = Base64Url(parameters.Q.Y!);
        // RFC 7638 thumbprint: the required members in lexicographic order, no white space.
        KeyId = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes($$"""{"crv":"P-256","kty":"EC","x":"{{X}}","y":"{{Y}}"}""")));
    }

    public string KeyId { get; }
    public string X { get; }
    public string Y { get; }

    public static TraceKeyJwk FromPublicKey(ECDsa key)
    {
        var copy = ECDsa.Create(key.ExportParameters(false));
        return new TraceKeyJwk(copy);
    }

    /// <summary>Reads {"kty":"EC","crv":"P-256","x":…,"y":…}; anything else → FormatException.</summary>
    public static TraceKeyJwk Parse(string json)
    {
        try
        {
            var jwk = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("The key file is empty.");
            if ((string?)jwk["kty"] != "EC" || (string?)jwk["crv"] != "P-256") throw new FormatException("The key is not an EC P-256 JWK.");
            var parameters = new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = FromBase64Url((string?)jwk["x"]), Y = FromBase64Url((string?)jwk["y"]) },
            };
            return new TraceKeyJwk(ECDsa.Create(parameters));
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or CryptographicException)
        {
            throw new FormatException($"The key is not a valid JWK: {ex.Message}", ex);
        }
    }

    /// <summary>A JWK Set ({"keys":[…]}, RFC 7517 §5) or a single JWK; every EC P-256 key in it.</summary>
    public static IReadOnlyList<TraceKeyJwk> ParseSet(string json)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(json); }
        catch (System.Text.Json.JsonException ex) { throw new FormatException($"The key file is not JSON: {ex.Message}", ex); }
        if (node?["keys"] is not JsonArray keys) return [Parse(json)];
        var parsed = keys.Select(k => Parse(k?.ToJsonString() ?? "")).ToList();
        return parsed.Count > 0 ? parsed : throw new FormatException("The key set holds no key.");
    }

    public JsonObject ToJson() => new()
    {
        ["kty"] = "EC", ["crv"] = "P-256", ["x"] = X, ["y"] = Y, ["kid"] = KeyId, ["use"] = "sig", ["alg"] = "ES256",
    };

    public bool Verify(string linkHash, string signature)
    {
        byte[] bytes;
        try { bytes = FromBase64Url(signature); }
        catch (FormatException) { return false; }
        return bytes.Length == 64 && _key.VerifyData(Encoding.ASCII.GetBytes(linkHash), bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public void Dispose() => _key.Dispose();

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string? text)
    {
        if (string.IsNullOrEmpty(text)) throw new FormatException("Empty base64url value.");
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Bad base64url length.") };
        return Convert.FromBase64String(padded);
    }
}
