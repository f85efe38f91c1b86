using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// Expires unpaid orders past their deadline and puts their stock back on sale. Several app instances may run it at
/// once: each order is expired and its stock released in one transaction guarded by the order's version, so only one
/// instance's transaction commits and stock is returned once.
/// </summary>
public sealed class OrderExpirer(MarketDbContext db, StockReservations stock, TimeProvider clock, ILogger<OrderExpirer> logger)
{
    public async Task<int> ExpireDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var due = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.PendingPayment && o.PayByUtc <= nowUtc)
            .OrderBy(o => o.PayByUtc).Select(o => o.Id).Take(200).ToListAsync(ct);
        var (expired, flipped) = (0, false);
        try
        {
            foreach (var id in due)
                if (await ExpireAsync(id, now, ct) is { } listingFlipped)
                    (expired, flipped) = (expired + 1, flipped | listingFlipped);
        }
        finally
        {
            if (expired > 0) stock.Announce(flipped); // once for the sweep: the stock figures on cached pages changed
        }
        return expired;
    }

    /// <summary>Null when the order was not expired here; otherwise whether a listing came back in stock.</summary>
    private async Task<bool?> ExpireAsync(int orderId, DateTimeOffset now, CancellationToken ct)
    {
        string? expired;
        try
        {
            expired = await db.InTransactionAsync(async () =>
            {
                var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct);
                if (order is null || order.Status != OrderStatus.PendingPayment || now < order.PayBy) return null;
                order.Expire(now);
                var items = OrderQueries.StockOf(order).ToList();
                await stock.ReleaseAsync(items, ct);
                await db.SaveChangesAsync(ct);
                return await stock.RefreshListingsAsync(items.Select(i => i.ProductId).Distinct().ToList(), ct) ? order.Code + "!" : order.Code;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null; // paid or expired by someone else a moment ago: the rollback also undid this stock release
        }
        if (expired is null) return null;
        logger.LogInformation("Order {Code} expired unpaid; its stock is back on sale", expired.TrimEnd('!'));
        return expired.EndsWith('!');
    }
}
