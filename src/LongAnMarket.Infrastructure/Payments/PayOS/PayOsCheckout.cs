using System.Security.Cryptography;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Payments.PayOS;

/// <summary>
/// Opens a payOS payment link for an unpaid order, or hands back the one still open for it. Each link gets a fresh
/// random payOS code (stored, unique per account) and the order's own code in the transfer description.
/// </summary>
public sealed class PayOsCheckout(MarketDbContext db, MerchantAccounts accounts, PayOsClient payOs, TimeProvider clock)
{
    public bool IsConfigured => accounts.MarketplacePayOs is not null;

    /// <summary>"DH " and the order code: 12 characters, within the 25 payOS takes for a description.</summary>
    public static string DescriptionOf(string orderCode) => $"DH {orderCode}";

    public async Task<string> CheckoutUrlAsync(Order order, string returnUrl, string cancelUrl, CancellationToken ct)
    {
        var account = accounts.MarketplacePayOs ?? throw new DomainException("Chợ chưa kết nối payOS.");
        if (order.Status != OrderStatus.PendingPayment) throw new DomainException("Đơn hàng không còn chờ thanh toán.");
        var now = clock.GetUtcNow();
        var expires = new DateTimeOffset(DateTime.SpecifyKind(order.PayByUtc, DateTimeKind.Utc));
        if (expires <= now.AddMinutes(1)) throw new DomainException("Đơn hàng đã hết thời hạn thanh toán.");
        var open = await db.PayOsLinks.Where(l => l.OrderId == order.Id && l.Account == account.Key && l.AmountDong == order.TotalDong)
            .OrderByDescending(l => l.Id).FirstOrDefaultAsync(ct);
        if (open is not null && open.IsOpenAt(now)) return open.CheckoutUrl!;

        var link = new PayOsLink(account.Key, NewCode(), order.Id, order.TotalDong, DescriptionOf(order.Code), now, expires);
        db.PayOsLinks.Add(link);
        await db.SaveChangesAsync(ct);
        var (id, url) = await payOs.OpenAsync(account, link.PayOsCode, link.AmountDong, link.Description, returnUrl, cancelUrl, expires, ct);
        link.Opened(id, url);
        await db.SaveChangesAsync(ct);
        return url;
    }

    /// <summary>A random 15-digit code: never guessed from the previous one, and far below payOS's limit.</summary>
    private static long NewCode() => RandomNumberGenerator.GetInt32(100_000, 1_000_000) * 1_000_000_000L + RandomNumberGenerator.GetInt32(0, 1_000_000_000);
}
