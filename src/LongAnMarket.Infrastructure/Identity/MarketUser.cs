using Microsoft.AspNetCore.Identity;

namespace LongAnMarket.Infrastructure.Identity;

/// <summary>An account: a shopper, a producer's staff member or a trade-office administrator (see <see cref="MarketRoles"/>).</summary>
public sealed class MarketUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
}
