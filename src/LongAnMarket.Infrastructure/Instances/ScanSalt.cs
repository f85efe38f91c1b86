using System.Security.Cryptography;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// The secret that client addresses are hashed under (each day's salt is derived from it): one for all instances, kept
/// in the database and protected like every stored secret, so one phone counts as one client whichever instance it
/// reaches. An installation that kept it in its data folder (private/scan-salt) keeps that value.
/// </summary>
public sealed class ScanSalt(IServiceScopeFactory scopes, StoredSecrets secrets, DataFolder data, TimeProvider clock)
{
    private byte[]? _secret;

    public byte[] Secret => _secret ??= LoadOrMake();

    private byte[] LoadOrMake()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var stored = Find(db);
        if (stored is null)
        {
            var kept = Path.Combine(data.Path, "private", "scan-salt");
            var salt = File.Exists(kept) ? File.ReadAllBytes(kept) : RandomNumberGenerator.GetBytes(32);
            // Another instance may store one first: that one counts.
            db.InsertIfAbsent("SharedValues", ["Name", "Value", "UpdatedAtUtc"],
                [SharedValue.ScanSalt, secrets.Protect(Convert.ToBase64String(salt)), clock.GetUtcNow().UtcDateTime]);
            stored = Find(db) ?? throw new InvalidOperationException("The scan salt could not be stored in the database.");
        }
        var text = secrets.Unprotect(stored) ?? throw new InvalidOperationException(
            "The scan salt in the database cannot be decrypted: the Data Protection key ring it was protected with is not available.");
        return Convert.FromBase64String(text);
    }

    private static string? Find(MarketDbContext db) =>
        db.Set<SharedValue>().AsNoTracking().Where(v => v.Name == SharedValue.ScanSalt).Select(v => v.Value).FirstOrDefault();
}
