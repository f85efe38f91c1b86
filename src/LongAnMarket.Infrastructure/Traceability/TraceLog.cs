using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Appends head statements to the platform-wide log in the same transaction as the record they state. Sequence numbers
/// are unique: when another instance appended first, the statement is numbered and signed again and the save retried.
/// </summary>
public sealed class TraceLog(MarketDbContext db, TraceKeyRing keys, TimeProvider clock)
{
    public async Task<TraceLogEntry> StateAsync(Lot lot, CancellationToken ct)
    {
        await keys.LoadAsync(ct);
        var (sequence, previous) = await TailAsync(ct);
        var statement = new TraceLogEntry(lot, sequence + 1, previous, clock.GetUtcNow(), keys);
        db.TraceLog.Add(statement);
        return statement;
    }

    /// <summary>True when the log moved on since <paramref name="pending"/> was numbered (it is then numbered again).</summary>
    public async Task<bool> RenumberAsync(TraceLogEntry pending, CancellationToken ct)
    {
        var (sequence, previous) = await TailAsync(ct);
        if (sequence < pending.Sequence) return false;
        pending.Stamp(sequence + 1, previous, clock.GetUtcNow(), keys);
        return true;
    }

    /// <summary>States the head of every lot sealed before the log existed (once, at start-up or migration).</summary>
    public async Task<int> BackfillAsync(CancellationToken ct)
    {
        await keys.LoadAsync(ct);
        var stated = 0;
        while (true)
        {
            var lots = await db.Lots.Include(l => l.Events)
                .Where(l => l.HeadLink != null && !db.TraceLog.Any(e => e.LotId == l.Id))
                .OrderBy(l => l.Id).Take(100).AsSplitQuery().ToListAsync(ct);
            if (lots.Count == 0) return stated;
            foreach (var lot in lots)
            {
                var statement = await StateAsync(lot, ct);
                await SaveAsync(statement, ct);
                stated++;
            }
        }
    }

    /// <summary>Saves the unit of work that holds <paramref name="statement"/>, renumbering it while other appends win the race.</summary>
    public async Task SaveAsync(TraceLogEntry statement, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                if (attempt >= 10 || !await RenumberAsync(statement, ct)) throw;
            }
        }
    }

    private async Task<(long Sequence, string Hash)> TailAsync(CancellationToken ct)
    {
        var tail = await db.TraceLog.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.EntryHash }).FirstOrDefaultAsync(ct);
        return tail is null ? (0, TraceLogEntry.Genesis) : (tail.Sequence, tail.EntryHash);
    }
}
