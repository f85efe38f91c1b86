using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Content;
using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// A number that changes whenever anything a shopper sees in the catalogue changes. Cached page data is keyed
/// by it, so an edit is visible on the very next request. Per process: with several app instances a cached page
/// can lag another instance's edit by at most the cache lifetime.
/// </summary>
public sealed class CatalogVersion
{
    private long _value;

    public long Current => Volatile.Read(ref _value);

    /// <summary>Call after changes EF Core does not see (ExecuteUpdate, raw SQL) have been committed.</summary>
    public void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>Bumps <see cref="CatalogVersion"/> after a SaveChanges that touched catalogue data succeeded.</summary>
internal sealed class CatalogChangeInterceptor(CatalogVersion version) : SaveChangesObserver
{
    private static readonly HashSet<Type> CatalogTypes =
        [typeof(Product), typeof(ProductVariant), typeof(ProductImage), typeof(Certification), typeof(Producer),
         typeof(Category), typeof(OriginArea), typeof(SitePage), typeof(Core.Traceability.Lot)];

    protected override bool Inspect(DbContext context) => context.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && CatalogTypes.Contains(e.Metadata.ClrType));

    protected override void Saved(DbContext context) => version.Bump();
}
