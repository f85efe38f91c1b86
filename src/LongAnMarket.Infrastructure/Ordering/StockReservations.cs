using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// Takes stock for an order and gives it back, with one conditional UPDATE per pack size
/// (<c>SET Stock = Stock - n WHERE Id = … AND Stock &gt;= n</c>): the database decides, so no two checkouts can both
/// take the last unit and stock never goes below zero. Callers run it inside their transaction.
/// </summary>
public sealed class StockReservations(MarketDbContext db, CatalogVersion version, SearchIndexSignal signal, TimeProvider clock)
{
    public sealed record Item(int VariantId, int ProductId, int Quantity, string Name);

    /// <summary>Takes every item or throws <see cref="SoldOutException"/> for the first that is short (the caller rolls back).</summary>
    public async Task ReserveAsync(IEnumerable<Item> items, CancellationToken ct)
    {
        // Always in variant order, so two checkouts never wait on each other's rows in a cycle.
        foreach (var item in items.OrderBy(i => i.VariantId))
        {
            var quantity = item.Quantity;
            var taken = await db.ProductVariants.Where(v => v.Id == item.VariantId && v.Stock >= quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock - quantity), ct);
            if (taken == 0) throw new SoldOutException(item.Name);
        }
    }

    public async Task ReleaseAsync(IEnumerable<Item> items, CancellationToken ct)
    {
        foreach (var item in items.OrderBy(i => i.VariantId))
        {
            var quantity = item.Quantity;
            await db.ProductVariants.Where(v => v.Id == item.VariantId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock + quantity), ct);
        }
    }

    /// <summary>
    /// Brings the products' "in stock" flag in line with their variants and queues them for search when it flipped.
    /// True when something flipped; call <see cref="Announce"/> after the commit either way.
    /// </summary>
    public async Task<bool> RefreshListingsAsync(IReadOnlyCollection<int> productIds, CancellationToken ct)
    {
        var flipped = await db.Products.Where(p => productIds.Contains(p.Id))
            .Where(p => p.InStock != db.ProductVariants.Any(v => v.ProductId == p.Id && v.Stock > 0))
            .Select(p => p.Id).ToListAsync(ct);
        if (flipped.Count == 0) return false;
        await db.Products.Where(p => flipped.Contains(p.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.InStock, p => db.ProductVariants.Any(v => v.ProductId == p.Id && v.Stock > 0)), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<SearchIndexChange>().AddRange(flipped.Select(id => SearchIndexChange.ForProduct(id, now)));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// After a commit that took or gave back stock: cached pages learn of it (the stock figures they show changed even when
    /// no listing flipped), and the search index too when one did. One call may cover many orders (the expiry sweep).
    /// </summary>
    public void Announce(bool flipped)
    {
        version.Bump();
        if (flipped) signal.Wake();
    }
}
