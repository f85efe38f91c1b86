using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Writes queued scans in batches (one INSERT of up to <see cref="MaxBatch"/> rows plus one counter UPDATE per lot),
/// and drains the queue on shutdown. A failed batch is retried once, then logged and dropped: the pages it came from
/// were served long ago.
/// </summary>
public sealed class ScanWriter(ScanQueue queue, IServiceScopeFactory scopes, ILogger<ScanWriter> logger) : BackgroundService
{
    public const int MaxBatch = 1000;
    private long _written;

    public long Written => Interlocked.Read(ref _written);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ScanEntry>(MaxBatch);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
                await DrainAsync(batch, CancellationToken.None);
        }
        catch (OperationCanceledException) { }
        await DrainAsync(batch, CancellationToken.None);
    }

    private async Task DrainAsync(List<ScanEntry> batch, CancellationToken ct)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var entry)) batch.Add(entry);
            if (batch.Count == 0) return;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteAsync(batch, ct);
                    Interlocked.Add(ref _written, batch.Count);
                    break;
                }
                catch (Exception ex) when (attempt < 2) { logger.LogWarning(ex, "Writing {Count} scans failed; retrying once", batch.Count); }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Writing {Count} scans failed twice; they are dropped", batch.Count);
                    break;
                }
            }
        }
    }

    private async Task WriteAsync(List<ScanEntry> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Scans.AddRange(batch.Select(s => new Scan(s.LotId, s.SerialId, s.AtUtc, s.ClientHash, s.Device)));
            await db.SaveChangesAsync(ct);
            foreach (var lot in batch.GroupBy(s => s.LotId))
            {
                long count = lot.Count();
                await db.Lots.Where(l => l.Id == lot.Key).ExecuteUpdateAsync(l => l.SetProperty(x => x.ScanCount, x => x.ScanCount + count), ct);
            }
            foreach (var serial in batch.Where(s => s.IsLaterSerialCheck).GroupBy(s => s.SerialId!.Value))
            {
                var count = serial.Count();
                await db.LotSerials.Where(s => s.Id == serial.Key).ExecuteUpdateAsync(s => s.SetProperty(x => x.LaterChecks, x => x.LaterChecks + count), ct);
            }
            await transaction.CommitAsync(ct);
        });
    }
}
