using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>When a lot is recalled, every buyer whose order was filled from it hears, with the product and the reason.</summary>
public sealed class RecallNotices(MarketDbContext db, IOrderNotifier notifier, ILogger<RecallNotices> logger)
{
    public async Task<int> NotifyBuyersAsync(int lotId, string lotCode, string reason, CancellationToken ct)
    {
        var affected = await db.OrderLineLots.AsNoTracking().Where(l => l.LotId == lotId)
            .Join(db.OrderLines, ll => ll.OrderLineId, line => line.Id, (ll, line) => new { line.SubOrderId, line.ProductName })
            .Join(db.SubOrders, x => x.SubOrderId, s => s.Id, (x, s) => new { s.OrderId, x.ProductName })
            .Distinct().ToListAsync(ct);
        foreach (var group in affected.GroupBy(a => a.OrderId))
        {
            var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == group.Key, ct);
            await notifier.LotRecalledAsync(order, string.Join(", ", group.Select(g => g.ProductName).Distinct()), lotCode, reason, ct);
        }
        if (affected.Count > 0) logger.LogInformation("Lot {Lot} recalled: {Orders} order(s) told", lotCode, affected.Select(a => a.OrderId).Distinct().Count());
        return affected.Select(a => a.OrderId).Distinct().Count();
    }

    /// <summary>Orders filled from recalled lots, for the admin's list and the shopper's order page.</summary>
    public static IQueryable<int> OrdersTouchedByRecalls(MarketDbContext db) =>
        db.OrderLineLots.Where(ll => db.Lots.Any(l => l.Id == ll.LotId && l.RecalledAtUtc != null))
            .Join(db.OrderLines, ll => ll.OrderLineId, line => line.Id, (ll, line) => line.SubOrderId)
            .Join(db.SubOrders, id => id, s => s.Id, (id, s) => s.OrderId);
}
