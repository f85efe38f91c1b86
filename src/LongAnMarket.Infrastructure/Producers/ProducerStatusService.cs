using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>
/// The one way a producer's status changes: the transition, its history entry and the listing flag of every one of
/// its products commit together, so a suspended producer's products leave every page on the next request.
/// </summary>
public sealed class ProducerStatusService(
    MarketDbContext db, CatalogVersion version, TimeProvider clock, IEnumerable<IProducerNotifier> notifiers, ILogger<ProducerStatusService> log)
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
        await NotifyAsync(changed!, ct);
    }

    /// <summary>The change stands whether or not the message goes out: a mail server that is down is logged, not shown as a failure.</summary>
    private async Task NotifyAsync(Producer producer, CancellationToken ct)
    {
        var change = producer.StatusHistory[^1];
        foreach (var notifier in notifiers)
        {
            try { await notifier.StatusChangedAsync(producer, change, ct); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Could not tell producer {ProducerId} of its move to {Status}", producer.Id, change.To);
            }
        }
    }
}
