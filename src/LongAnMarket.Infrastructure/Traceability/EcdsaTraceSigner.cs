using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Core.Traceability;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Signs chain links with the platform's P-256 key, read from a PEM file (created on first use). Verifications are
/// remembered per (link, signature): the same pair always verifies the same way, and a provenance page re-checks its
/// whole chain on every view.
/// </summary>
public sealed class EcdsaTraceSigner : ITraceSigner, IDisposable
{
    private const int MaxRemembered = 200_000;
    private readonly ECDsa _key;
    private readonly TraceKeyJwk _publicKey;
    private readonly ConcurrentDictionary<(string Link, string Signature), bool> _verified = new();

    public EcdsaTraceSigner(IOptions<TraceabilityOptions> options, DataFolder data)
    {
        var path = options.Value.SigningKeyPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, data.Path)
            : Path.Combine(data.Path, "private", "trace-signing-key.pem");
        _key = LoadOrCreate(path);
        _publicKey = TraceKeyJwk.FromPublicKey(_key);
    }

    public string KeyId => _publicKey.KeyId;
    public TraceKeyJwk PublicKey => _publicKey;

    public string Sign(string linkHash) => TraceKeyJwk.Base64Url(
        _key.SignData(Encoding.ASCII.GetBytes(linkHash), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public bool Verify(string linkHash, string signature)
    {
        if (_verified.TryGetValue((linkHash, signature), out var known)) return known;
        var valid = _publicKey.Verify(linkHash, signature);
        if (_verified.Count >= MaxRemembered) _verified.Clear();
        _verified[(linkHash, signature)] = valid;
        return valid;
    }

    public void Dispose()
    {
        _key.Dispose();
        _publicKey.Dispose();
    }

    private static ECDsa LoadOrCreate(string path)
    {
        var key = ECDsa.Create();
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temporary, fresh.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            // Two instances starting together: the first rename wins and both read the winner's key.
            try { File.Move(temporary, path, overwrite: false); }
            catch (IOException) { File.Delete(temporary); }
        }
        key.ImportFromPem(File.ReadAllText(path));
        if (key.KeySize != 256) throw new InvalidOperationException($"The trace signing key at {path} is not a P-256 key.");
        return key;
    }
}
