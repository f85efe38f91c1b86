using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

public static class OrderQueries
{
    /// <summary>An order with its parts, their lines and lots, and both histories: everything its pages and rules read.</summary>
    public static IQueryable<Order> WithParts(this IQueryable<Order> orders) =>
        orders.Include(o => o.History)
            .Include(o => o.SubOrders).ThenInclude(s => s.History)
            .Include(o => o.SubOrders).ThenInclude(s => s.Lines).ThenInclude(l => l.Lots);

    /// <summary>
    /// An order with everything its rules look at (parts, lines, lots, histories), tracked for a change. One SQL
    /// statement, so the order and its parts come from the same moment: split queries could read the order before a
    /// concurrent expiry and its parts after it.
    /// </summary>
    internal static Task<Order?> LoadForChangeAsync(MarketDbContext db, int orderId, CancellationToken ct) =>
        db.Orders.WithParts().AsSingleQuery()
            .FirstOrDefaultAsync(o => o.Id == orderId, ct);

    internal static IEnumerable<StockReservations.Item> StockOf(Order order) =>
        order.SubOrders.SelectMany(s => s.Lines).Select(l => new StockReservations.Item(l.VariantId, l.ProductId, l.Quantity, l.ProductName));
}
