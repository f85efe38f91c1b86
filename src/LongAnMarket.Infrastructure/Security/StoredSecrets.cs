using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace LongAnMarket.Infrastructure.Security;

/// <summary>
/// Every secret the marketplace keeps in its database (authenticator keys, recovery codes, and later citizen IDs,
/// signing keys and providers' credentials) is written through this protector, on the Data Protection key ring that
/// Production encrypts with a certificate: whoever reads the database alone reads no secret.
/// </summary>
public sealed class StoredSecrets(IDataProtectionProvider provider)
{
    private const string Prefix = "dp1:";
    private readonly IDataProtector _protector = provider.CreateProtector("LongAnMarket.StoredSecrets.v1");

    public string Protect(string value) => Prefix + _protector.Protect(value);

    /// <summary>The value, or null when it cannot be read back (tampered with, or its key is gone).</summary>
    public string? Unprotect(string stored)
    {
        // Values written before secrets were protected are read as they are; the next write protects them.
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal)) return stored;
        try { return _protector.Unprotect(stored[Prefix.Length..]); }
        catch (CryptographicException) { return null; }
    }
}
