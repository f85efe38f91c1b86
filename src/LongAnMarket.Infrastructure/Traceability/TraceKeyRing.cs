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
/// Instances sharing the database converge: each reloads the ring every minute (<see cref="TraceKeyStartup"/>), and a
/// record signed with a key this instance has not loaded yet makes it look the key up at once.
/// </summary>
public sealed class TraceKeyRing(IServiceScopeFactory scopes, IOptions<TraceabilityOptions> options, DataFolder data,
    StoredSecrets secrets, TimeProvider clock, ILogger<TraceKeyRing> logger) : ITraceSigner, ITraceKeys, IDisposable
{
    private const int MaxRemembered = 200_000;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private static readonly TimeSpan UnknownKeyRecheck = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<(string Text, string Signature), bool> _verified = new();
    private readonly ConcurrentDictionary<string, long> _unknownKeys = new();
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

    public ITraceSignatureVerifier? Find(string keyId)
    {
        var key = Loaded.Keys.TryGetValue(keyId, out var loaded) ? loaded : Learn(keyId);
        return key is null ? null : new Remembering(key, _verified);
    }

    /// <summary>Reads the ring again (another instance may have made or rotated a key); keeps the loaded one if nothing changed.</summary>
    public async Task ReloadAsync(CancellationToken ct)
    {
        if (_ring is not { } loaded) return;
        await _loading.WaitAsync(ct);
        try
        {
            var fresh = await ReadAsync(ct);
            if (fresh.Current.KeyId == loaded.Current.KeyId && fresh.Keys.Keys.Order().SequenceEqual(loaded.Keys.Keys.Order())) fresh.Signing.Dispose();
            else _ring = fresh; // the replaced signing key is left to the collector: a request may be signing with it now
        }
        finally { _loading.Release(); }
    }

    /// <summary>A key registered by another instance since this one loaded the ring; unknown key IDs are looked up at most every 10 s.</summary>
    private TraceKeyJwk? Learn(string keyId)
    {
        var now = clock.GetTimestamp();
        if (_unknownKeys.TryGetValue(keyId, out var lookedAt) && clock.GetElapsedTime(lookedAt, now) < UnknownKeyRecheck) return null;
        if (_unknownKeys.Count > 10_000) _unknownKeys.Clear();
        _unknownKeys[keyId] = now;
        using var scope = scopes.CreateScope();
        var registered = scope.ServiceProvider.GetRequiredService<MarketDbContext>().TraceSigningKeys.AsNoTracking()
            .Where(k => k.KeyId == keyId).Select(k => k.PublicJwk).FirstOrDefault();
        if (registered is null) return null;
        var key = TraceKeyJwk.Parse(registered);
        var ring = Loaded;
        _ring = ring with { Keys = new Dictionary<string, TraceKeyJwk>(ring.Keys) { [keyId] = key }, Published = [.. ring.Published, (key, false)] };
        _unknownKeys.TryRemove(keyId, out _);
        return key;
    }

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
        if (options.Value.KeyStore == TraceKeyStore.Database && await MoveKeyFileInAsync(db, registered, ct))
            registered = await db.TraceSigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ThenByDescending(k => k.Id).ToListAsync(ct);
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
            else
            {
                await RegisterAsync(signing, ct);
                signing.Dispose();
                // Instances starting together each made one: all sign with the newest registered.
                registered = await db.TraceSigningKeys.AsNoTracking().OrderByDescending(k => k.CreatedAtUtc).ThenByDescending(k => k.Id).ToListAsync(ct);
                signing = ReadStoredKey(registered)!;
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

    /// <summary>
    /// An installation that kept its current key in a file and now keeps keys in the database: the file's key is stored,
    /// protected, on its registered row, so every instance signs with it. True when it moved a key.
    /// </summary>
    private async Task<bool> MoveKeyFileInAsync(MarketDbContext db, IReadOnlyList<TraceSigningKey> registered, CancellationToken ct)
    {
        if (registered.FirstOrDefault(k => k.IsCurrent) is not { PrivateKey: null } fileKept || !File.Exists(KeyPath)) return false;
        using var key = ReadKeyFile(registered)!;
        using var jwk = TraceKeyJwk.FromPublicKey(key);
        if (jwk.KeyId != fileKept.KeyId)
            throw new TraceKeyUnavailableException($"The key file {KeyPath} holds key {jwk.KeyId}, but records are signed with key {fileKept.KeyId}. " +
                "Restore the right file, or run `rotate-trace-key` to start a new key on purpose.");
        var stored = secrets.Protect(key.ExportPkcs8PrivateKeyPem());
        var keyId = fileKept.KeyId;
        await db.TraceSigningKeys.Where(k => k.KeyId == keyId && k.PrivateKey == null && k.RetiredAtUtc == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.PrivateKey, stored), ct);
        logger.LogInformation("Trace signing: the current key {KeyId} was moved from {Path} into the database (protected); every instance now " +
            "signs with it. Keep the file's backup, then delete the file.", keyId, KeyPath);
        return true;
    }

    private ECDsa? ReadStoredKey(IReadOnlyList<TraceSigningKey> registered)
    {
        if (registered.FirstOrDefault(k => k.IsCurrent && k.PrivateKey is not null) is not { } stored)
        {
            if (registered.FirstOrDefault(k => k.IsCurrent) is { } fileKey)
                throw new TraceKeyUnavailableException($"Traceability:KeyStore is Database but the current key {fileKey.KeyId} is kept in a file, " +
                    $"and {KeyPath} is missing. Restore the file (it is then moved into the database), or run `rotate-trace-key` to start a new key.");
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
