using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// The Data Protection key ring (it signs cookies and protects every stored secret) lives in the database so that
/// every instance shares it; encrypted with a certificate kept outside the database, reading the database alone
/// gives away no key. Production refuses to start without the certificate.
/// </summary>
public static class KeyRingProtection
{
    public const string Section = "Security";
    /// <summary>Path of a PFX certificate with its private key.</summary>
    public const string KeyEncryptionCertificatePath = nameof(KeyEncryptionCertificatePath);
    /// <summary>The PFX's password, from the environment or user-secrets.</summary>
    public const string KeyEncryptionCertificatePassword = nameof(KeyEncryptionCertificatePassword);

    public static void AddKeyRing(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("LongAnMarket").PersistKeysToDbContext<MarketDbContext>();
        var path = builder.Configuration[$"{Section}:{KeyEncryptionCertificatePath}"];
        if (string.IsNullOrWhiteSpace(path)) return;
        var certificate = Load(path, builder.Configuration[$"{Section}:{KeyEncryptionCertificatePassword}"]);
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try { certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet); }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new DeploymentConfigurationException([$"Security:KeyEncryptionCertificatePath {path} could not be read as a PFX with the given password: {ex.Message}"]);
        }
        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            throw new DeploymentConfigurationException([$"Security:KeyEncryptionCertificatePath {path} holds no RSA private key: the key ring needs one to encrypt and decrypt its keys."]);
        return certificate;
    }
}
