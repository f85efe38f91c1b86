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

    private async Task ChangeAsync(int producerId, Action<Producer> transition, CancellationToken ct)
    {
        Producer? changed = null;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear(); // a retried attempt starts from what the database holds
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var producer = await db.Producers.SingleOrDefaultAsync(p => p.Id == producerId, ct)
                ?? throw new DomainException("Không tìm thấy doanh nghiệp này.");
            transition(producer);
            await db.SaveChangesAsync(ct);
            var canSell = producer.CanSell;
            await db.Products.Where(p => p.ProducerId == producerId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsListed, p => p.IsPublished && canSell), ct);
            await transaction.CommitAsync(ct);
            changed = producer;
        });
        version.Bump();
        var change = changed!.StatusHistory[^1]; // the one this transition added
        await notifications.SendAsync(changed, $"of its move to {change.To}", n => n.StatusChangedAsync(changed, change, ct));
    }
}
