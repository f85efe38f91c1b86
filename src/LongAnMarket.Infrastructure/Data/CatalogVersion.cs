using System.Runtime.CompilerServices;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Content;
using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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
internal sealed class CatalogChangeInterceptor(CatalogVersion version) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> CatalogTypes =
        [typeof(Product), typeof(ProductVariant), typeof(ProductImage), typeof(Certification), typeof(Producer),
         typeof(Category), typeof(OriginArea), typeof(SitePage), typeof(Core.Traceability.Lot)];

    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Complete(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null) _pending.Remove(eventData.Context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Remember(DbContext? context)
    {
        if (context is null) return;
        var touchesCatalog = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && CatalogTypes.Contains(e.Metadata.ClrType));
        if (touchesCatalog) _pending.AddOrUpdate(context, context);
    }

    private void Complete(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) version.Bump();
    }
}
