using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Writes queued scans in batches (multi-row INSERTs of up to <see cref="MaxBatch"/> rows in all, plus one counter UPDATE per lot),
/// and drains the queue on shutdown. A failed batch is retried once, then logged and dropped: the pages it came from
/// were served long ago.
/// </summary>
public sealed class ScanWriter(ScanQueue queue, IServiceScopeFactory scopes, ILogger<ScanWriter> logger) : BackgroundService
{
    public const int MaxBatch = 1000;
    private const int RowsPerInsert = 250; // 5 parameters a row stays far below SQLite's and MySQL's parameter limits
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
            foreach (var rows in batch.Chunk(RowsPerInsert)) await db.Database.ExecuteSqlAsync(Insert(rows), ct);
            foreach (var lot in batch.GroupBy(s => s.LotId))
            {
                long count = lot.Count();
                await db.Lots.Where(l => l.Id == lot.Key).ExecuteUpdateAsync(l => l.SetProperty(x => x.ScanCount, x => x.ScanCount + count), ct);
            }
            await transaction.CommitAsync(ct);
        });
    }

    /// <summary>One multi-row INSERT: a statement per row costs the database several times as much.</summary>
    private static FormattableString Insert(ScanEntry[] rows)
    {
        var values = new StringBuilder();
        var arguments = new object?[rows.Length * 5];
        for (var i = 0; i < rows.Length; i++)
        {
            var at = i * 5;
            values.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"({{{at}}},{{{at + 1}}},{{{at + 2}}},{{{at + 3}}},{{{at + 4}}})");
            (arguments[at], arguments[at + 1], arguments[at + 2], arguments[at + 3], arguments[at + 4]) =
                (rows[i].LotId, rows[i].SerialId, rows[i].AtUtc, rows[i].ClientHash, (byte)rows[i].Device);
        }
        return FormattableStringFactory.Create($"INSERT INTO Scans (LotId, SerialId, ScannedAtUtc, ClientHash, Device) VALUES {values}", arguments);
    }
}
