using System.Text.Json;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Infrastructure.Payments.SePay;
using LongAnMarket.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Payments;

/// <summary>A payOS payment channel: the account it pays into and the keys that speak for it.</summary>
public sealed record PayOsAccount(string Key, string ClientId, string ApiKey, string ChecksumKey, Uri ApiBase, int? ProducerId = null)
{
    public bool IsMarketplace => ProducerId is null;
}

/// <summary>A bank account SePay watches, with the keys for its webhook and its transaction list.</summary>
public sealed record SePayAccount(string Key, string ApiKey, string? ApiToken, Uri ApiBase, string AccountNumber, int? ProducerId = null)
{
    public bool IsMarketplace => ProducerId is null;
}

/// <summary>
/// The merchant accounts a provider's notifications can arrive for, by the name in the webhook's path
/// (<c>/webhooks/payos/{account}</c>): the marketplace's own (<see cref="Marketplace"/>, from configuration) and producers'
/// own accounts (<see cref="MerchantAccount"/>, credentials stored through <see cref="StoredSecrets"/>). Money paid into a
/// producer's account never enters the marketplace's ledger.
/// </summary>
public sealed class MerchantAccounts(MarketDbContext db, StoredSecrets secrets, IOptions<PayOsOptions> payOs, IOptions<SePayOptions> sePay, TimeProvider clock)
{
    public const string Marketplace = MerchantAccount.MarketplaceKey;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public PayOsAccount? MarketplacePayOs => payOs.Value is { IsConfigured: true } o
        ? new PayOsAccount(Marketplace, o.ClientId!, o.ApiKey!, o.ChecksumKey!, new Uri(o.ApiBase)) : null;

    public SePayAccount? MarketplaceSePay => sePay.Value is { IsConfigured: true } o
        ? new SePayAccount(Marketplace, o.ApiKey!, o.ApiToken, new Uri(o.ApiBase), o.AccountNumber!) : null;

    public async Task<PayOsAccount?> PayOsAsync(string key, CancellationToken ct) => key == Marketplace ? MarketplacePayOs
        : await StoredAsync<PayOsAccount>(key, MerchantAccountProvider.PayOS, ct);

    public async Task<SePayAccount?> SePayAsync(string key, CancellationToken ct) => key == Marketplace ? MarketplaceSePay
        : await StoredAsync<SePayAccount>(key, MerchantAccountProvider.SePay, ct);

    /// <summary>Stores a producer's payOS channel.</summary>
    public Task<MerchantAccount> AddPayOsAsync(string key, int producerId, string clientId, string apiKey, string checksumKey, Uri apiBase, CancellationToken ct) =>
        AddAsync(key, MerchantAccountProvider.PayOS, producerId, new PayOsAccount(key, Required(clientId), Required(apiKey), Required(checksumKey), apiBase, producerId), ct);

    /// <summary>Stores a producer's bank account watched by SePay.</summary>
    public Task<MerchantAccount> AddSePayAsync(string key, int producerId, string apiKey, string? apiToken, Uri apiBase, string accountNumber, CancellationToken ct) =>
        AddAsync(key, MerchantAccountProvider.SePay, producerId, new SePayAccount(key, Required(apiKey), apiToken, apiBase, Required(accountNumber), producerId), ct);

    private async Task<MerchantAccount> AddAsync<T>(string key, MerchantAccountProvider provider, int producerId, T credentials, CancellationToken ct)
    {
        if (!await db.Producers.AnyAsync(p => p.Id == producerId, ct)) throw new DomainException("Không tìm thấy nhà sản xuất.");
        var account = new MerchantAccount(key, provider, producerId, secrets.Protect(JsonSerializer.Serialize(credentials, Json)), clock.GetUtcNow());
        if (await db.MerchantAccounts.AnyAsync(a => a.Provider == provider && a.Key == account.Key, ct))
            throw new DomainException($"Đã có tài khoản {provider} tên '{account.Key}'.");
        db.MerchantAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    private async Task<T?> StoredAsync<T>(string key, MerchantAccountProvider provider, CancellationToken ct) where T : class
    {
        var stored = await db.MerchantAccounts.AsNoTracking().Where(a => a.Provider == provider && a.Key == key).Select(a => a.ProtectedCredentials).FirstOrDefaultAsync(ct);
        // Credentials that cannot be read back (their Data Protection key is gone) answer as no account: 404, never a guess.
        return stored is not null && secrets.Unprotect(stored) is { } plain ? JsonSerializer.Deserialize<T>(plain, Json) : null;
    }

    /// <summary>Why money on a producer's own account is kept apart: it is the producer's, not the marketplace's.</summary>
    public static string ProducersOwn(string account) =>
        $"Tiền vào tài khoản riêng '{account}' của nhà sản xuất: không thuộc chợ, không ghi vào sổ cái, không trả cho đơn nào của chợ.";

    private static string Required(string value) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException("Thiếu khoá của nhà cung cấp.") : value.Trim();
}
