using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Search;

namespace LongAnMarket.Tests.Instances;

/// <summary>
/// Guests' orders awaiting a transfer, written as checkout writes them: the orders and their stock reservation in one
/// transaction. Placed straight into the database, so that a test can have many at once without a cart for each.
/// </summary>
public static class UnpaidOrders
{
    /// <summary>A pack size on sale, with its product and producer.</summary>
    public sealed record Goods(int VariantId, int ProductId, string ProductName, string PackSize, long PriceDong, int Stock, int ProducerId, string ProducerName);

    /// <summary><paramref name="count"/> orders of one or two of one of <paramref name="goods"/> each, in turn, due in 30 minutes.</summary>
    public static Task<List<Order>> PlaceAsync(MarketDbContext db, IReadOnlyList<Goods> goods, int count)
    {
        var now = DateTimeOffset.UtcNow;
        var buyer = new Buyer("Khách vãng lai", "0912345678", "khach@example.vn", "Tây Ninh", "Phường Long An", "12 Nguyễn Huệ", null);
        var stock = new StockReservations(db, new CatalogVersion(), new SearchIndexSignal(), TimeProvider.System);
        return db.InTransactionAsync(async () =>
        {
            var orders = Enumerable.Range(0, count).Select(i =>
            {
                var g = goods[i % goods.Count];
                var line = new OrderLine(g.ProductId, g.VariantId, g.ProductName, g.PackSize, g.PriceDong, 1 + i % 2);
                return new Order(OrderCode.New(), [new SubOrder(g.ProducerId, g.ProducerName, [line], 30_000)], now.AddMinutes(-10), now.AddMinutes(30), buyer);
            }).ToList();
            var items = orders.SelectMany(o => o.SubOrders).SelectMany(s => s.Lines).GroupBy(l => (l.VariantId, l.ProductId, l.ProductName))
                .Select(g => new StockReservations.Item(g.Key.VariantId, g.Key.ProductId, g.Sum(l => l.Quantity), g.Key.ProductName));
            await stock.ReserveAsync(items, CancellationToken.None);
            db.Orders.AddRange(orders);
            await db.SaveChangesAsync();
            return orders;
        }, CancellationToken.None);
    }
}
