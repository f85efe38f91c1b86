using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// Turns a cart into an order in one transaction: prices read fresh, one sub-order per producer, stock reserved by the
/// database, the bought lines taken out of the cart. A form submitted twice finds the order its first submit placed.
/// </summary>
public sealed class OrderPlacement(MarketDbContext db, CartStore carts, CartPricing pricing, StockReservations stock,
    IOrderNotifier notifier, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<OrderPlacement> logger)
{
    public async Task<Order> PlaceAsync(CartOwner owner, Buyer buyer, Guid checkoutToken, CancellationToken ct)
    {
        (Order Order, bool Flipped) result;
        try
        {
            result = await db.InTransactionAsync(async () =>
            {
                var order = await NewOrderAsync(owner, buyer, checkoutToken, ct);
                var items = OrderQueries.StockOf(order).ToList();
                await stock.ReserveAsync(items, ct);
                db.Orders.Add(order);
                await db.SaveChangesAsync(ct);
                return (order, await stock.RefreshListingsAsync(items.Select(i => i.ProductId).Distinct().ToList(), ct));
            }, ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or DomainException)
        {
            // The same form, submitted twice (at once, or again later): the first submit placed it and emptied the cart,
            // so this one failed on the unique form token or the empty cart.
            if (await FindPlacedAsync(checkoutToken, ct) is { } twin) return twin;
            throw;
        }
        if (result.Flipped) stock.Announce();
        logger.LogInformation("Order {Code} placed: {Parts} part(s), {Total} ₫", result.Order.Code, result.Order.SubOrders.Count, result.Order.TotalDong);
        await notifier.PlacedAsync(result.Order, ct);
        return result.Order;
    }

    /// <summary>The order the cart makes now, priced fresh; the bought lines leave the cart in the same unit of work.</summary>
    private async Task<Order> NewOrderAsync(CartOwner owner, Buyer buyer, Guid checkoutToken, CancellationToken ct)
    {
        var cart = await carts.FindAsync(owner, ct);
        var priced = await pricing.PriceAsync(cart, ct);
        if (priced.IsEmpty) throw new DomainException("Giỏ hàng của bạn đang trống.");
        if (priced.Lines.FirstOrDefault(l => !l.CanBuy) is { } problem)
            throw problem.OnSale
                ? new DomainException($"“{problem.ProductName}” chỉ còn {problem.Stock}; hãy giảm số lượng trong giỏ hàng.")
                : new DomainException($"“{problem.ProductName}” hiện không được bán; hãy bỏ khỏi giỏ hàng.");
        var now = clock.GetUtcNow();
        cart!.Clear(priced.Lines.Select(l => l.VariantId), now);
        return new Order(OrderCode.New(),
            priced.Groups.Select(g => new SubOrder(g.ProducerId, g.ProducerName,
                g.Lines.Select(l => new OrderLine(l.ProductId, l.VariantId, l.ProductName, l.PackSize, l.PriceDong, l.Quantity)), g.ShippingDong)),
            now, now.AddMinutes(options.Value.PayWithinMinutes), buyer, PaymentMethod.VietQr, owner.UserId, checkoutToken);
    }

    private Task<Order?> FindPlacedAsync(Guid checkoutToken, CancellationToken ct) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.CheckoutToken == checkoutToken, ct);
}
