using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>
/// Looks at a SaveChanges before it runs and acts once it has succeeded (not when it failed or rolled back), for
/// context-wide reactions to saves: the catalogue version, the search outbox.
/// </summary>
internal abstract class SaveChangesObserver : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    /// <summary>Before the save (entities may still be added): true when <see cref="Saved"/> must follow a success.</summary>
    protected abstract bool Inspect(DbContext context);

    protected abstract void Saved(DbContext context);

    /// <summary>After an asynchronous save; by default the same as <see cref="Saved"/>.</summary>
    protected virtual Task SavedAsync(DbContext context)
    {
        Saved(context);
        return Task.CompletedTask;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.Remove(context)) await SavedAsync(context);
        return result;
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

    private void Track(DbContext? context)
    {
        if (context is not null && Inspect(context)) _pending.AddOrUpdate(context, context);
    }

    private void Complete(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) Saved(context);
    }
}
