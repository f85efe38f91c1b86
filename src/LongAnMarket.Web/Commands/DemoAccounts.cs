using LongAnMarket.Infrastructure.Identity;

namespace LongAnMarket.Web.Commands;

/// <summary>The accounts `seed-demo` creates. Their passwords are public (README): for a local demo only.</summary>
public static class DemoAccounts
{
    public sealed record Account(string Email, string Password, string DisplayName, string Role);

    public static readonly IReadOnlyList<Account> All =
    [
        new("admin@longanmarket.example", "demo-admin-long-an", "Sở Công Thương (demo)", MarketRoles.Admin),
        new("shopper@longanmarket.example", "demo-shopper-long-an", "Người mua (demo)", MarketRoles.Shopper),
    ];
}
