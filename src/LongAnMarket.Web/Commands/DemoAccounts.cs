using LongAnMarket.Infrastructure.Identity;

namespace LongAnMarket.Web.Commands;

/// <summary>The accounts `seed-demo` creates. Their passwords are public (README): for a local demo only.</summary>
public static class DemoAccounts
{
    /// <summary>The demo admin's authenticator secret (base32), public like its password: add it to an authenticator app, or compute codes from it.</summary>
    public const string AdminAuthenticatorSecret = "LONGANDEMOADMINTOTPSECRETKEY2345";

    /// <param name="ProducerTaxCode">The demo business this account manages, for producer accounts.</param>
    public sealed record Account(string Email, string Password, string DisplayName, string Role, string? ProducerTaxCode = null);

    public static readonly IReadOnlyList<Account> All =
    [
        new("admin@longanmarket.example", "demo-admin-long-an", "Sở Công Thương (demo)", MarketRoles.Admin),
        new("producer@longanmarket.example", "demo-producer-long-an", "HTX Lúa gạo Hương Chợ Đào (demo)", MarketRoles.Producer, "1152601818"),
        new("shopper@longanmarket.example", "demo-shopper-long-an", "Người mua (demo)", MarketRoles.Shopper),
    ];
}
