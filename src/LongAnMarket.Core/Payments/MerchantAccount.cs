using System.Text.RegularExpressions;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Payments;

public enum MerchantAccountProvider { PayOS, SePay }

/// <summary>
/// A producer's own payOS channel or SePay-watched bank account, reached at <c>/webhooks/{provider}/{Key}</c>. Money paid
/// into it belongs to the producer and never enters the marketplace's ledger; its credentials are stored protected.
/// </summary>
public sealed partial class MerchantAccount
{
    /// <summary>The name of the marketplace's own account, which lives in configuration, not here.</summary>
    public const string MarketplaceKey = "marketplace";

    private MerchantAccount() { }

    public MerchantAccount(string key, MerchantAccountProvider provider, int producerId, string protectedCredentials, DateTimeOffset createdAt)
    {
        Key = (key ?? "").Trim().ToLowerInvariant();
        if (!KeyPattern().IsMatch(Key)) throw new DomainException("Tên tài khoản chỉ gồm chữ thường không dấu, số và dấu gạch ngang (3–40 ký tự).");
        if (Key == MarketplaceKey) throw new DomainException("Tên 'marketplace' dành cho tài khoản của chợ.");
        Provider = provider;
        ProducerId = producerId;
        ProtectedCredentials = protectedCredentials;
        CreatedAtUtc = createdAt.UtcDateTime;
    }

    public int Id { get; private set; }
    public string Key { get; private set; } = "";
    public MerchantAccountProvider Provider { get; private set; }
    public int ProducerId { get; private set; }
    /// <summary>The provider's keys as JSON, written through the stored-secrets protector.</summary>
    public string ProtectedCredentials { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,39}$")]
    private static partial Regex KeyPattern();
}
