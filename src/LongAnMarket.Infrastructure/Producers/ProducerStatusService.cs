using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>
/// The one way a producer's status changes: the transition, its history entry and the listing flag of every one of
/// its products commit together, so a suspended producer's products leave every page on the next request.
/// </summary>
public sealed class ProducerStatusService(MarketDbContext db, CatalogVersion version, TimeProvider clock, ProducerNotifications notifications)
{
    public Task ApproveAsync(int producerId, string actor, CancellationToken ct = default) =>
        ChangeAsync(producerId, p => p.Approve(actor, clock.GetUtcNow()), ct);

    public Task RejectAsync(int producerId, string reason, string actor, CancellationToken ct = default) =>
        ChangeAsync(producerId, p => p.Reject(reason, actor, clock.GetUtcNow()), ct);

    public Task SuspendAsync(int producerId, string reason, string actor, CancellationToken ct = default) =>
        ChangeAsync(producerId, p => p.Suspend(reason, actor, clock.GetUtcNow()), ct);

    /// <summary>
    /// Runs <paramref name="change"/> on the producer (loaded with its latest status change) in one transaction with the
    /// listing flags of its products; when the change moved its status, the producer is told.
    /// </summary>
    public async Task<Producer> ChangeAsync(int producerId, Action<Producer> change, CancellationToken ct)
    {
        Producer? changed = null;
        var moved = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear(); // a retried attempt starts from what the database holds
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var producer = await db.Producers.Include(p => p.StatusHistory.OrderByDescending(c => c.Id).Take(1))
                .SingleOrDefaultAsync(p => p.Id == producerId, ct)
                ?? throw new DomainException("Không tìm thấy doanh nghiệp này.");
            var before = producer.StatusHistory.Count;
            change(producer);
            await db.SaveChangesAsync(ct);
            moved = producer.StatusHistory.Count > before;
            if (moved)
            {
                var canSell = producer.CanSell;
                await db.Products.Where(p => p.ProducerId == producerId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsListed, p => p.IsPublished && canSell), ct);
            }
            await transaction.CommitAsync(ct);
            changed = producer;
        });
        if (!moved) return changed!;
        version.Bump();
        var last = changed!.StatusHistory[^1]; // the one this change added
        await notifications.SendAsync(changed, $"of its move to {last.To}", n => n.StatusChangedAsync(changed, last, ct));
        return changed;
    }
}
