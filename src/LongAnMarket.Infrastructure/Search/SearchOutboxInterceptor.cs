using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using LongAnMarket.Infrastructure.Data;

namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// Adds an outbox row to every SaveChanges that changes what search shows (a product, its variants' price or stock, its
/// certifications, its producer), so the row commits or rolls back with the change. A new product is recorded through its
/// producer, whose products are all re-read, because its own ID does not exist before the insert.
/// </summary>
internal sealed class SearchOutboxInterceptor(SearchIndexSignal signal, TimeProvider clock) : SaveChangesObserver
{
    protected override bool Inspect(DbContext context) => Capture(context);

    protected override void Saved(DbContext context) => signal.Wake();

    /// <summary>Adds the outbox rows this save needs; false when it changes nothing search shows.</summary>
    private bool Capture(DbContext context)
    {
        var products = new HashSet<int>();
        var producers = new HashSet<int>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Product product when entry.State == EntityState.Added: producers.Add(product.ProducerId); break;
                case Product product: products.Add(product.Id); break;
                case ProductVariant or Certification: AddProduct(entry, products); break;
                case Producer producer when entry.State == EntityState.Modified: producers.Add(producer.Id); break;
            }
        }
        if (products.Count == 0 && producers.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        context.AddRange(products.Select(id => SearchIndexChange.ForProduct(id, now)));
        context.AddRange(producers.Where(id => id > 0).Select(id => SearchIndexChange.ForProducer(id, now)));
        return true;
    }

    private static void AddProduct(EntityEntry entry, HashSet<int> products)
    {
        var productId = (int)(entry.Property(nameof(ProductVariant.ProductId)).CurrentValue ?? 0);
        if (productId > 0) products.Add(productId); // 0: its product is new and recorded through the producer
    }
}

/// <summary>Wakes this process's indexer as soon as a change is saved; other instances' changes are found by polling.</summary>
public sealed class SearchIndexSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        if (_signal.CurrentCount == 0) try { _signal.Release(); } catch (SemaphoreFullException) { }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
