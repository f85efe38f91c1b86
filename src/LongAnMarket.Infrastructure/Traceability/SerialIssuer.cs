using System.Security.Cryptography;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Issues the serials of requested batches in chunks, saving progress after each, so a producer watches 100,000
/// stickers being made and a restart resumes where it stopped. A lease on the batch row, renewed with each chunk's
/// save, keeps two app instances from issuing the same batch.
/// </summary>
public sealed class SerialIssuer(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SerialIssuer> logger) : BackgroundService
{
    public const int ChunkSize = 2000;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    /// <summary>Crockford-style alphabet: no 0/O or 1/I/L to misread from a sticker.</summary>
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int SerialLength = 10;
    private readonly SemaphoreSlim _wake = new(0);

    public void Wake() => _wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await IssueNextAsync(stoppingToken)) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception ex) { logger.LogError(ex, "Issuing serials failed; retrying shortly"); }
            try { await _wake.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Issues one chunk of the oldest unfinished batch; false when there is nothing to do.</summary>
    public async Task<bool> IssueNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await db.SerialBatches.Where(b => b.CompletedAtUtc == null && (b.LeaseUntilUtc == null || b.LeaseUntilUtc < now))
            .OrderBy(b => b.Id).FirstOrDefaultAsync(ct);
        if (batch is null) return false;
        var leaseBefore = batch.LeaseUntilUtc;
        var mine = now + Lease;
        var claimed = await db.SerialBatches.Where(b => b.Id == batch.Id && b.LeaseUntilUtc == leaseBefore)
            .ExecuteUpdateAsync(b => b.SetProperty(x => x.LeaseUntilUtc, mine), ct);
        if (claimed == 0) return true; // another instance took it; look again
        var batchId = batch.Id;

        // The chunk is saved in one transaction that first renews the lease, and only if it is still this instance's:
        // however long the chunk took, an instance that lost the lease meanwhile saves nothing.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var renewed = clock.GetUtcNow().UtcDateTime + Lease;
            if (await db.SerialBatches.Where(b => b.Id == batchId && b.LeaseUntilUtc == mine)
                    .ExecuteUpdateAsync(b => b.SetProperty(x => x.LeaseUntilUtc, renewed), ct) == 0)
            {
                logger.LogWarning("Serial batch {Batch}: the lease ran out before the chunk was saved; another instance issues it", batchId);
                return;
            }
            var current = await db.SerialBatches.FirstAsync(b => b.Id == batchId, ct);
            var issued = await db.LotSerials.CountAsync(s => s.BatchId == batchId, ct);
            var count = Math.Min(ChunkSize, current.Requested - issued);
            if (count > 0)
            {
                // 31^10 ≈ 8·10^14 values: a clash is unlikely enough that the unique index alone guards it (the chunk
                // then fails, is logged, and is issued afresh on the next pass).
                var fresh = new HashSet<string>(StringComparer.Ordinal);
                while (fresh.Count < count) fresh.Add(RandomNumberGenerator.GetString(Alphabet, SerialLength));
                db.LotSerials.AddRange(fresh.Select(v => new LotSerial(current.LotId, batchId, v, now)));
            }
            current.Progress(issued + Math.Max(count, 0));
            if (current.Issued >= current.Requested) current.Complete(clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await db.SerialBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(b => b.SetProperty(x => x.LeaseUntilUtc, (DateTime?)null), ct);
            await transaction.CommitAsync(ct);
        });
        return true;
    }
}
