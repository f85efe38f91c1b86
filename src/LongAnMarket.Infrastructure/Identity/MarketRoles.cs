namespace LongAnMarket.Infrastructure.Identity;

public static class MarketRoles
{
    public const string Shopper = "Shopper";
    public const string Producer = "Producer";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Shopper, Producer, Admin];
}
