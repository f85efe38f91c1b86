using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>A number that advances when some data changes, so what was cached from that data before is retired.</summary>
public abstract class ChangeCounter
{
    private long _value;

    public long Current => Volatile.Read(ref _value);

    /// <summary>Call after changes EF Core does not see (ExecuteUpdate, raw SQL) have been committed.</summary>
    public void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>Bumps <paramref name="counter"/> after a SaveChanges that added, changed or deleted an entity of one of <paramref name="types"/>.</summary>
internal abstract class ChangeCounterInterceptor(ChangeCounter counter, params Type[] types) : SaveChangesObserver
{
    private readonly HashSet<Type> _types = [.. types];

    protected override bool Inspect(DbContext context) => context.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && _types.Contains(e.Metadata.ClrType));

    protected override void Saved(DbContext context) => counter.Bump();
}
