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
    IOrderNotifier notifier, IOptions<HoldOptions> holds, TimeProvider clock, ILogger<OrderPlacement> logger)
{
    /// <param name="clientHash">The client's address, hashed with a daily salt (for the per-address cap).</param>
    /// <param name="buyerConfirmedAdult">The buyer ticked "18 or older": required when the cart holds an alcoholic drink.</param>
    /// <param name="invoice">The business the buyer wants invoices for, if any.</param>
    public async Task<Order> PlaceAsync(CartOwner owner, Buyer buyer, Guid checkoutToken, string clientHash, CancellationToken ct,
        bool buyerConfirmedAdult = false, InvoiceRequest? invoice = null)
    {
        var holder = new OrderHolder(HolderKey(owner), clientHash);
        (Order Order, bool Flipped) result;
        try
        {
            result = await db.InTransactionAsync(async () =>
            {
                await CheckHoldCapsAsync(holder, ct);
                var order = await NewOrderAsync(owner, buyer, checkoutToken, holder, buyerConfirmedAdult, ct);
                if (invoice is not null) order.RequestInvoice(invoice, await InvoiceKindsAsync(order, ct));
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
            if (await FindPlacedAsync(checkoutToken, holder, ct) is { } twin) return twin;
            // Another cart's form token: it opens nothing, and this cart's order is placed from a fresh form.
            if (ex is DbUpdateException && await db.Orders.AnyAsync(o => o.CheckoutToken == checkoutToken, ct))
                throw new DomainException("Trang thanh toán đã cũ; hãy tải lại trang rồi đặt hàng.");
            throw;
        }
        stock.Announce(result.Flipped);
        logger.LogInformation("Order {Code} placed: {Parts} part(s), {Total} ₫", result.Order.Code, result.Order.SubOrders.Count, result.Order.TotalDong);
        await notifier.PlacedAsync(result.Order, ct);
        return result.Order;
    }

    /// <summary>The order the cart makes now, priced fresh; the bought lines leave the cart in the same unit of work.</summary>
    private async Task<Order> NewOrderAsync(CartOwner owner, Buyer buyer, Guid checkoutToken, OrderHolder holder, bool buyerConfirmedAdult,
        CancellationToken ct)
    {
        var cart = await carts.FindAsync(owner, ct);
        var priced = await pricing.PriceAsync(cart, ct);
        if (priced.IsEmpty) throw new DomainException("Giỏ hàng của bạn đang trống.");
        if (priced.HasAlcohol && !buyerConfirmedAdult)
            throw new DomainException("Đơn hàng có đồ uống có cồn: hãy xác nhận bạn đã đủ 18 tuổi.") { Field = "BuyerConfirmedAdult" };
        if (priced.Lines.FirstOrDefault(l => !l.CanBuy) is { } problem)
            throw problem.OnSale
                ? new DomainException($"“{problem.ProductName}” chỉ còn {problem.Stock}; hãy giảm số lượng trong giỏ hàng.")
                : new DomainException($"“{problem.ProductName}” hiện không được bán; hãy bỏ khỏi giỏ hàng.");
        var now = clock.GetUtcNow();
        cart!.Clear(priced.Lines.Select(l => l.VariantId), now);
        var order = new Order(OrderCode.New(),
            priced.Groups.Select(g => new SubOrder(g.ProducerId, g.ProducerName,
                g.Lines.Select(l => new OrderLine(l.ProductId, l.VariantId, l.ProductName, l.PackSize, l.PriceDong, l.Quantity, l.Perishable)),
                g.ShippingDong, g.ReturnTerms)),
            now, now.AddMinutes(owner.UserId is null ? holds.Value.GuestMinutes : holds.Value.AccountMinutes), buyer, PaymentMethod.VietQr,
            owner.UserId, checkoutToken, holder);
        if (priced.HasAlcohol) order.RecordAdultConfirmation();
        return order;
    }

    /// <summary>What each of the order's sellers can issue, by its legal form.</summary>
    private async Task<Dictionary<int, InvoiceKind>> InvoiceKindsAsync(Order order, CancellationToken ct)
    {
        var ids = order.SubOrders.Select(s => s.ProducerId).ToList();
        var forms = await db.Producers.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.LegalForm }).ToListAsync(ct);
        return forms.ToDictionary(f => f.Id, f => InvoiceRequest.KindFor(f.LegalForm));
    }

    /// <summary>Refuses a new hold past the caps: unpaid orders still within their deadline, per cart and per address.</summary>
    private async Task CheckHoldCapsAsync(OrderHolder holder, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unpaid = db.Orders.Where(o => o.Status == OrderStatus.PendingPayment && o.PayByUtc > now);
        var perClient = holds.Value.MaxUnpaidOrdersPerClient;
        if (await unpaid.CountAsync(o => o.HolderKey == holder.Key, ct) >= perClient)
            throw new DomainException($"Bạn đang có {perClient} đơn hàng chưa thanh toán. Hãy thanh toán hoặc chờ chúng hết hạn trước khi đặt thêm.");
        if (holder.ClientHash is not null && await unpaid.CountAsync(o => o.ClientHash == holder.ClientHash, ct) >= holds.Value.MaxUnpaidOrdersPerAddress)
            throw new DomainException("Có quá nhiều đơn hàng chưa thanh toán từ mạng của bạn. Hãy thanh toán các đơn đang chờ hoặc thử lại sau ít phút.");
    }

    /// <summary>The order a double-submitted form placed, only for the cart that placed it: the token alone opens nothing.</summary>
    private Task<Order?> FindPlacedAsync(Guid checkoutToken, OrderHolder holder, CancellationToken ct) =>
        db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.CheckoutToken == checkoutToken && o.HolderKey == holder.Key, ct);

    public static string HolderKey(CartOwner owner) => owner.UserId is { } userId
        ? "user:" + userId
        : "cart:" + (owner.GuestToken is { } token ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(token.ToByteArray()))[..32] : "none");
}
