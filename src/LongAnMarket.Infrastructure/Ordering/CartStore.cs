using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Reads and changes carts. Only pack sizes that are on sale go in, and never more than the stock shown.</summary>
public sealed class CartStore(MarketDbContext db, TimeProvider clock)
{
    public async Task<Cart?> FindAsync(CartOwner owner, CancellationToken ct)
    {
        if (owner.UserId is { } userId) return await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.UserId == userId, ct);
        if (owner.GuestToken is { } token) return await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Token == token && c.UserId == null, ct);
        return null;
    }

    /// <summary>Adds packs; returns the cart (new for a guest without one, whose token the caller puts in a cookie).</summary>
    public async Task<Cart> AddAsync(CartOwner owner, int variantId, int quantity, CancellationToken ct)
    {
        if (quantity is < 1 or > CartLine.MaxQuantity) throw new DomainException($"Số lượng phải từ 1 đến {CartLine.MaxQuantity}.");
        var variant = await db.ProductVariants.AsNoTracking().Where(v => v.Id == variantId)
            .Select(v => new { v.PriceDong, v.Stock, OnSale = db.Products.Any(p => p.Id == v.ProductId && p.IsListed && !p.IsDeleted) })
            .FirstOrDefaultAsync(ct) ?? throw new DomainException("Không tìm thấy sản phẩm này.");
        if (!variant.OnSale) throw new DomainException("Sản phẩm này hiện không được bán.");
        var cart = await FindAsync(owner, ct);
        var inCart = cart?.Lines.FirstOrDefault(l => l.VariantId == variantId)?.Quantity ?? 0;
        if (variant.Stock == 0) throw new DomainException("Sản phẩm này tạm hết hàng.");
        if (inCart + quantity > variant.Stock)
            throw inCart == 0
                ? new DomainException($"Chỉ còn {variant.Stock} sản phẩm.")
                : new DomainException($"Chỉ còn {variant.Stock} sản phẩm; giỏ của bạn đã có {inCart}.");
        var now = clock.GetUtcNow();
        if (cart is null)
        {
            cart = owner.UserId is { } userId ? Cart.ForAccount(userId, now) : Cart.ForGuest(now);
            db.Carts.Add(cart);
        }
        cart.Add(variantId, quantity, variant.PriceDong, now);
        await db.SaveChangesAsync(ct);
        return cart;
    }

    /// <summary>Sets a line's quantity (0 removes it), never above the stock there is.</summary>
    public async Task UpdateAsync(CartOwner owner, int variantId, int quantity, CancellationToken ct)
    {
        if (quantity is < 0 or > CartLine.MaxQuantity) throw new DomainException($"Số lượng phải từ 0 đến {CartLine.MaxQuantity}.");
        var cart = await FindAsync(owner, ct) ?? throw new DomainException("Giỏ hàng của bạn đang trống.");
        if (quantity > 0)
        {
            var stock = await db.ProductVariants.Where(v => v.Id == variantId).Select(v => (int?)v.Stock).FirstOrDefaultAsync(ct) ?? 0;
            if (quantity > stock)
                throw stock == 0 ? new DomainException("Sản phẩm này tạm hết hàng.") : new DomainException($"Chỉ còn {stock} sản phẩm.");
        }
        cart.SetQuantity(variantId, quantity, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(CartOwner owner, int variantId, CancellationToken ct)
    {
        var cart = await FindAsync(owner, ct);
        if (cart is null) return;
        cart.Remove(variantId, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>At sign-in: the guest's cart joins the account's (or becomes it), and the guest cart is gone.</summary>
    public async Task MergeAsync(Guid guestToken, string userId, CancellationToken ct)
    {
        var guest = await FindAsync(new CartOwner(guestToken, null), ct);
        if (guest is null) return;
        var account = await FindAsync(new CartOwner(null, userId), ct);
        if (account is null)
        {
            account = Cart.ForAccount(userId, clock.GetUtcNow());
            db.Carts.Add(account);
        }
        account.MergeFrom(guest, clock.GetUtcNow());
        db.Carts.Remove(guest);
        await db.SaveChangesAsync(ct);
    }

}
