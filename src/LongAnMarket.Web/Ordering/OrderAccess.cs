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

    public static bool MayView(Order order, string? key, ClaimsPrincipal user) =>
        IsBuyer(order, key, user) || user.IsInRole(MarketRoles.Admin) && Accounts.RequireTwoFactorForAdmins.PassedTwoFactor(user);

    public static bool Same(string a, string b) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
