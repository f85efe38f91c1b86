using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Infrastructure.Payments.SePay;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Payments;

/// <summary>A payOS payment channel: the account it pays into and the keys that speak for it.</summary>
public sealed record PayOsAccount(string Key, string ClientId, string ApiKey, string ChecksumKey, Uri ApiBase);

/// <summary>A bank account SePay watches, with the keys for its webhook and its transaction list.</summary>
public sealed record SePayAccount(string Key, string ApiKey, string? ApiToken, Uri ApiBase, string AccountNumber);

/// <summary>
/// The merchant accounts a provider's notifications can arrive for, by the name in the webhook's path
/// (<c>/webhooks/payos/{account}</c>). Only the marketplace's own account exists today, from configuration; money paid
/// into any account but <see cref="Marketplace"/> would never enter the marketplace's ledger.
/// </summary>
public sealed class MerchantAccounts(IOptions<PayOsOptions> payOs, IOptions<SePayOptions> sePay)
{
    public const string Marketplace = "marketplace";

    public PayOsAccount? PayOs(string key)
    {
        var o = payOs.Value;
        return key == Marketplace && o.IsConfigured ? new PayOsAccount(key, o.ClientId!, o.ApiKey!, o.ChecksumKey!, new Uri(o.ApiBase)) : null;
    }

    public SePayAccount? SePay(string key)
    {
        var o = sePay.Value;
        return key == Marketplace && o.IsConfigured ? new SePayAccount(key, o.ApiKey!, o.ApiToken, new Uri(o.ApiBase), o.AccountNumber!) : null;
    }
}
