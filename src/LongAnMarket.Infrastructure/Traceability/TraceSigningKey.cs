namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// A key the platform signs (or signed) trace records with: its public half always, its private half only when the
/// key store is the database (protected with <see cref="Security.StoredSecrets"/>). Retired keys only verify.
/// </summary>
public sealed class TraceSigningKey
{
    private TraceSigningKey() { }

    public TraceSigningKey(string keyId, string publicJwk, string? protectedPrivateKey, DateTimeOffset now)
    {
        KeyId = keyId;
        PublicJwk = publicJwk;
        PrivateKey = protectedPrivateKey;
        CreatedAtUtc = now.UtcDateTime;
    }

    public int Id { get; private set; }
    /// <summary>RFC 7638 thumbprint of the public key.</summary>
    public string KeyId { get; private set; } = "";
    public string PublicJwk { get; private set; } = "";
    public string? PrivateKey { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? RetiredAtUtc { get; private set; }

    public bool IsCurrent => RetiredAtUtc is null;

    public void Retire(DateTimeOffset now)
    {
        RetiredAtUtc ??= now.UtcDateTime;
        PrivateKey = null; // a retired key never signs again
    }
}
