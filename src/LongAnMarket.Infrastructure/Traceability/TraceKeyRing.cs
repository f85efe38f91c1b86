using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// The platform's trace signing keys: the current one signs (ES256, with its kid), every one ever used verifies. The
/// current private key lives in a PEM file or, protected, in the database (<see cref="TraceabilityOptions.KeyStore"/>);
/// public halves are registered in the database so a rotated or replaced key never turns old records into false alarms.
/// A key is made only on first use, when nothing was ever signed: a configured key that cannot be read stops the app.
/// </summary>
public sealed class TraceKeyRing(IServiceScopeFactory scopes, IOptions<TraceabilityOptions> options, DataFolder data,
    StoredSecrets secrets, TimeProvider clock, ILogger<TraceKeyRing> logger) : ITraceSigner, ITraceKeys, IDisposable
{
    private const int MaxRemembered = 200_000;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<(string Text, string Signature), bool> _verified = new();
    private volatile Ring? _ring;

    public string KeyPath => options.Value.SigningKeyPath is { Length: > 0 } configured
        ? Path.GetFullPath(configured, data.Path)
        : Path.Combine(data.Path, "private", "trace-signing-key.pem");

    public string KeyId => Loaded.Current.KeyId;

    /// <summary>Every registered key, the current one first.</summary>
    public IReadOnlyList<(TraceKeyJwk Key, bool IsCurrent)> Published => Loaded.Published;

    public async Task LoadAsync(CancellationToken ct = default)
    {
        if (_ring is not null) return;
        await _loading.WaitAsync(ct);
        try { _ring ??= await ReadAsync(ct); }
        finally { _loading.Release(); }
    }

    public string Sign(string text) => TraceKeyJwk.Base64Url(
        Loaded.Signing.SignData(Encoding.ASCII.GetBytes(text), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public bool Verify(string text, string signature) => Find(KeyId)!.Verify(text, signature);

    public ITraceSignatureVerifier? Find(string keyId) =>
        Loaded.Keys.TryGetValue(keyId, out var key) ? new Remembering(key, _verified) : null;

    /// <summary>Makes a new current key; the old one is retired (its public half kept, its private half gone).</summary>
    public async Task<(string Retired, string Current)> RotateAsync(CancellationToken ct = default)
    {
        await LoadAsync(ct);
        await _loading.WaitAsync(ct);
        try
        {
            var retired = Loaded.Current.KeyId;
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            if (options.Value.KeyStore == TraceKeyStore.File) WriteKeyFile(fresh.ExportPkcs8PrivateKeyPem(), overwrite: true);
            await RegisterAsync(fresh, ct);
            _ring = await ReadAsync(ct);
            return (retired, _ring.Current.KeyId);
        }
        finally { _loading.Release(); }
    }

    public void Dispose()
    {
        _ring?.Signing.Dispose();
        _loading.Dispose();
    }

    private Ring Loaded => _ring ?? throw new InvalidOperationException("The trace keys are not loaded yet (TraceKeyRing.LoadAsync).");

    private async Task<Ring> ReadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var registered = await db.TraceSigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ThenByDescending(k => k.Id).ToListAsync(ct);
        var signing = options.Value.KeyStore == TraceKeyStore.File ? ReadKeyFile(registered) : ReadStoredKey(registered);
        if (signing is null)
        {
            signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            if (options.Value.KeyStore == TraceKeyStore.File)
            {
                WriteKeyFile(signing.ExportPkcs8PrivateKeyPem(), overwrite: false);
                signing.Dispose();
                signing = ReadKeyFile(registered)!; // another instance may have won the race
            }
            logger.LogInformation("Trace signing: a new key was made on first use ({Store}).", options.Value.KeyStore);
        }
        using var current = TraceKeyJwk.FromPublicKey(signing);
        if (registered.All(k => k.KeyId != current.KeyId))
        {
            if (registered.Any(k => k.IsCurrent))
                logger.LogWarning("Trace signing: the key file holds a key not registered before ({KeyId}); it is now current, and records " +
                    "signed with earlier keys keep verifying with their registered public halves.", current.KeyId);
            await RegisterAsync(signing, ct);
            registered = await db.TraceSigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ThenByDescending(k => k.Id).ToListAsync(ct);
        }
        var keys = registered.ToDictionary(k => k.KeyId, k => TraceKeyJwk.Parse(k.PublicJwk));
        var published = registered.OrderByDescending(k => k.KeyId == current.KeyId).Select(k => (keys[k.KeyId], k.KeyId == current.KeyId)).ToList();
        return new Ring(signing, keys[current.KeyId], keys, published);
    }

    private ECDsa? ReadKeyFile(IReadOnlyList<TraceSigningKey> registered)
    {
        var path = KeyPath;
        if (!File.Exists(path))
        {
            if (registered.FirstOrDefault(k => k.IsCurrent) is { } expected)
                throw new TraceKeyUnavailableException($"The trace signing key file {path} is missing, but records are signed with key {expected.KeyId}. " +
                    "Restore the file from its backup (the app never replaces a key silently), or run `rotate-trace-key` to start a new key on purpose.");
            return null;
        }
        try
        {
            var key = ECDsa.Create();
            key.ImportFromPem(File.ReadAllText(path));
            if (key.KeySize != 256) throw new TraceKeyUnavailableException($"The trace signing key at {path} is not an EC P-256 key.");
            return key;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            throw new TraceKeyUnavailableException($"The trace signing key file {path} cannot be read: {ex.Message}", ex);
        }
    }

    private ECDsa? ReadStoredKey(IReadOnlyList<TraceSigningKey> registered)
    {
        if (registered.FirstOrDefault(k => k.IsCurrent && k.PrivateKey is not null) is not { } stored)
        {
            if (registered.FirstOrDefault(k => k.IsCurrent) is { } fileKey)
                throw new TraceKeyUnavailableException($"Traceability:KeyStore is Database but the current key {fileKey.KeyId} is kept in a file. " +
                    "Run `rotate-trace-key` with KeyStore=Database to make a new current key in the database.");
            return null;
        }
        var pem = secrets.Unprotect(stored.PrivateKey!) ?? throw new TraceKeyUnavailableException(
            $"The trace signing key {stored.KeyId} in the database cannot be decrypted: the Data Protection key ring it was protected with is not available.");
        try
        {
            var key = ECDsa.Create();
            key.ImportFromPem(pem);
            return key;
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw new TraceKeyUnavailableException($"The trace signing key {stored.KeyId} in the database is not a readable key: {ex.Message}", ex);
        }
    }

    private async Task RegisterAsync(ECDsa key, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        using var jwk = TraceKeyJwk.FromPublicKey(key);
        var now = clock.GetUtcNow();
        foreach (var current in await db.TraceSigningKeys.Where(k => k.RetiredAtUtc == null && k.KeyId != jwk.KeyId).ToListAsync(ct)) current.Retire(now);
        var privateKey = options.Value.KeyStore == TraceKeyStore.Database ? secrets.Protect(key.ExportPkcs8PrivateKeyPem()) : null;
        db.TraceSigningKeys.Add(new TraceSigningKey(jwk.KeyId, jwk.ToJson().ToJsonString(), privateKey, now));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.TraceSigningKeys.AnyAsync(k => k.KeyId == jwk.KeyId, ct)) throw; // else another instance registered it
        }
    }

    private void WriteKeyFile(string pem, bool overwrite)
    {
        var path = KeyPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, pem);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // Two instances starting together: the first rename wins and both read the winner's key.
        try { File.Move(temporary, path, overwrite); }
        catch (IOException) { File.Delete(temporary); }
    }

    private sealed record Ring(ECDsa Signing, TraceKeyJwk Current, IReadOnlyDictionary<string, TraceKeyJwk> Keys,
        IReadOnlyList<(TraceKeyJwk Key, bool IsCurrent)> Published);

    /// <summary>The same (text, signature) pair always verifies the same way; a page re-checks its whole chain on every view.</summary>
    private sealed class Remembering(TraceKeyJwk key, ConcurrentDictionary<(string, string), bool> verified) : ITraceSignatureVerifier
    {
        public string KeyId => key.KeyId;

        public bool Verify(string text, string signature)
        {
            var memo = (key.KeyId + "\n" + text, signature);
            if (verified.TryGetValue(memo, out var known)) return known;
            var valid = key.Verify(text, signature);
            if (verified.Count >= MaxRemembered) verified.Clear();
            verified[memo] = valid;
            return valid;
        }
    }
}
