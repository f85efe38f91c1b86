using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Identity;

namespace LongAnMarket.Web.Ordering;

/// <summary>Who may open an order: its account, the secret key in its link, and (to look, not to act as the buyer) an admin.</summary>
public static class OrderAccess
{
    public static bool IsBuyer(Order order, string? key, ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return key is not null && Same(order.AccessKey, key) || userId is not null && order.UserId == userId;
    }

    /// <summary>The order a code names, if the caller is its buyer (its private key, or the account that placed it).</summary>
    public static async Task<Order?> BuyersOrderAsync(OrderModelFactory orders, string code, string? key, ClaimsPrincipal user, CancellationToken ct)
    {
        code = code.ToUpperInvariant();
        if (!Core.Payments.OrderCode.IsValid(code)) return null;
        var order = await orders.FindAsync(code, ct);
        return order is not null && IsBuyer(order, key, user) ? order : null;
    }

    /// <summary>A page of the order's own (a complaint, a review) under the buyer's way in: the private link keeps its key.</summary>
    public static string Link(Order order, string? key, string path = "") =>
        key is null ? $"/orders/{order.Code}{path}" : $"/orders/{order.Code}{path}?key={Uri.EscapeDataString(key)}";

    public static bool MayView(Order order, string? key, ClaimsPrincipal user) =>
        IsBuyer(order, key, user) || user.IsInRole(MarketRoles.Admin) && Accounts.RequireTwoFactorForAdmins.PassedTwoFactor(user);

    public static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
