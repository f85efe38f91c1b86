using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

internal static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the provider's execution strategy. On a transient failure
    /// (a deadlock, a dropped connection) the whole unit runs again from an empty change tracker, so the work reads
    /// what it changes inside itself. Any other exception rolls the transaction back, leaves the change tracker empty and reaches the caller.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this MarketDbContext db, Func<Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work();
                await transaction.CommitAsync(ct);
                return result;
            }
            catch
            {
                db.ChangeTracker.Clear(); // nothing half-changed stays tracked for the caller's next read
                throw;
            }
        });
}
