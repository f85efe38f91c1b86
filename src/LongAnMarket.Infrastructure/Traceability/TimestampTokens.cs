using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using LongAnMarket.Core.Traceability;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Checks an RFC 3161 time-stamp token the way a verifier outside the platform would: its CMS signature verifies, its
/// message imprint is the expected SHA-256 root, and its signer holds the timeStamping extended key usage and chains to
/// one of the configured TSA certificates. A token that fails any of these does not count.
/// </summary>
public sealed class TimestampTokens
{
    private const string TimeStampingUsage = "1.3.6.1.5.5.7.3.8";
    private readonly X509Certificate2Collection _trusted;
    private readonly ConcurrentDictionary<string, StampCheck> _checked = new();

    public TimestampTokens(IOptions<TraceabilityOptions> options, DataFolder data)
        : this(Read(options.Value.Tsa.CertificatesPath is { Length: > 0 } path ? Path.GetFullPath(path, data.Path) : null)) { }

    public TimestampTokens(X509Certificate2Collection trusted) => _trusted = trusted;

    /// <summary>The token's authority and genTime, or why it does not count.</summary>
    public StampCheck Check(byte[] token, byte[] root)
    {
        var memo = Convert.ToHexStringLower(SHA256.HashData(token)) + Convert.ToHexStringLower(root);
        if (_checked.TryGetValue(memo, out var known)) return known;
        var stamp = CheckNow(token, root);
        if (_checked.Count > 10_000) _checked.Clear();
        return _checked[memo] = stamp;
    }

    public static X509Certificate2Collection Read(string? pemPath)
    {
        var certificates = new X509Certificate2Collection();
        if (pemPath is null) return certificates;
        try { certificates.ImportFromPemFile(pemPath); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException($"Traceability:Tsa:CertificatesPath {pemPath} cannot be read: {ex.Message}", ex);
        }
        if (certificates.Count == 0) throw new InvalidOperationException($"Traceability:Tsa:CertificatesPath {pemPath} holds no certificate.");
        return certificates;
    }

    private StampCheck CheckNow(byte[] token, byte[] root)
    {
        if (!Rfc3161TimestampToken.TryDecode(token, out var decoded, out var read) || read != token.Length)
            return StampCheck.Refused("not an RFC 3161 time-stamp token");
        var genTime = decoded.TokenInfo.Timestamp;
        if (!decoded.TokenInfo.HashAlgorithmId.Value!.Equals(Oids.Sha256, StringComparison.Ordinal))
            return StampCheck.Refused("the token's imprint is not SHA-256");
        if (!decoded.VerifySignatureForHash(root, HashAlgorithmName.SHA256, out var signer, _trusted) || signer is null)
            return StampCheck.Refused("the token's signature or message imprint does not match the batch root");
        if (_trusted.Count == 0) return StampCheck.Refused("no TSA certificate is configured to check it against");
        if (!ChainsToTrusted(signer, decoded, genTime)) return StampCheck.Refused($"its signer ({signer.Subject}) does not chain to the configured TSA certificate");
        return new StampCheck(Name(signer), genTime, null);
    }

    private bool ChainsToTrusted(X509Certificate2 signer, Rfc3161TimestampToken token, DateTimeOffset genTime)
    {
        if (!HasTimeStampingUsage(signer)) return false;
        if (_trusted.Any(t => t.RawDataMemory.Span.SequenceEqual(signer.RawDataMemory.Span))) return true;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        chain.ChainPolicy.ExtraStore.AddRange(_trusted);
        chain.ChainPolicy.ExtraStore.AddRange(token.AsSignedCms().Certificates);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = genTime.UtcDateTime;
        chain.ChainPolicy.ApplicationPolicy.Add(new Oid(TimeStampingUsage));
        return chain.Build(signer);
    }

    private static bool HasTimeStampingUsage(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Any(e => e.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == TimeStampingUsage));

    public static string Name(X509Certificate2 certificate) =>
        certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false) is { Length: > 0 } name ? name : certificate.Subject;

    private static class Oids
    {
        public const string Sha256 = "2.16.840.1.101.3.4.2.1";
    }
}
