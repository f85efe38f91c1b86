using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// A number that advances when some data changes, so what was cached from that data before is retired. With Redis
/// configured, <see cref="Instances.SharedVersions"/> keeps it equal on every instance.
/// </summary>
public abstract class ChangeCounter
{
    private long _value;

    public long Current => Volatile.Read(ref _value);

    /// <summary>Set when instances share the counter: tells the others of a change made here, and never throws.</summary>
    internal Func<Task>? Broadcast { get; set; }

    /// <summary>Call after changes EF Core does not see (ExecuteUpdate, raw SQL) have been committed.</summary>
    public void Bump() => _ = BumpAsync();

    /// <summary>Moves on here at once; the task ends when the other instances have been told (at once without them).</summary>
    public Task BumpAsync()
    {
        Interlocked.Increment(ref _value);
        return Broadcast?.Invoke() ?? Task.CompletedTask;
    }

    /// <summary>Moves up to <paramref name="value"/> when behind it; never back.</summary>
    internal void MoveTo(long value)
    {
        long seen;
        while ((seen = Current) < value && Interlocked.CompareExchange(ref _value, value, seen) != seen) { }
    }
}

/// <summary>
/// Bumps <paramref name="counter"/> after a SaveChanges that added, changed or deleted an entity of one of
/// <paramref name="types"/>; inside a transaction, after its commit, since before it no other connection (and so no
/// request on another instance told of the change) can read what was saved.
/// </summary>
internal abstract class ChangeCounterInterceptor(ChangeCounter counter, params Type[] types) : SaveChangesObserver, IDbTransactionInterceptor
{
    private readonly HashSet<Type> _types = [.. types];
    private readonly ConditionalWeakTable<DbTransaction, object> _committing = [];

    protected override bool Inspect(DbContext context) => context.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && _types.Contains(e.Metadata.ClrType));

    protected override void Saved(DbContext context)
    {
        if (!AwaitCommit(context)) counter.Bump();
    }

    protected override Task SavedAsync(DbContext context) => AwaitCommit(context) ? Task.CompletedTask : counter.BumpAsync();

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_committing.Remove(transaction)) counter.Bump();
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        _committing.Remove(transaction) ? counter.BumpAsync() : Task.CompletedTask;

    private bool AwaitCommit(DbContext context)
    {
        if (context.Database.CurrentTransaction?.GetDbTransaction() is not { } open) return false;
        _committing.AddOrUpdate(open, open);
        return true;
    }
}
