using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>A sticker as stored: when it was first confirmed as bought, if ever, and by how many other clients since.</summary>
public sealed record SerialState(long Id, DateTime? FirstConfirmedAtUtc, int LaterConfirmations);

/// <summary>What a person's "I just bought this" did to a sticker.</summary>
public enum SerialConfirmationOutcome
{
    /// <summary>Nobody had confirmed it: this person is its first buyer.</summary>
    First,
    /// <summary>Someone else confirmed it before: counted against the sticker.</summary>
    Later,
}

public sealed class SerialService(MarketDbContext db, SerialIssuer issuer, TimeProvider clock)
{
    public async Task<SerialBatch> RequestAsync(int producerId, int lotId, int count, string actor, CancellationToken ct = default)
    {
        if (!await db.Lots.AnyAsync(l => l.Id == lotId && l.ProducerId == producerId, ct))
            throw new DomainException("Không tìm thấy lô hàng này trong gian hàng của bạn.");
        var batch = new SerialBatch(lotId, count, actor, clock.GetUtcNow());
        db.SerialBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        issuer.Wake();
        return batch;
    }

    /// <summary>
    /// Records one person's confirmation that they bought the item carrying this sticker. The first confirmation is claimed
    /// with one conditional UPDATE, so of two people confirming a new sticker at once only one is told "first". A client
    /// counts once per sticker: confirming again changes nothing and reports what the first time did.
    /// </summary>
    public async Task<SerialConfirmationOutcome> ConfirmAsync(long serialId, string clientHash, CancellationToken ct = default)
    {
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                // The write comes first, so concurrent confirmations queue on the sticker's row (and SQLite's write lock)
                // instead of reading a snapshot they then cannot write from.
                var now = clock.GetUtcNow().UtcDateTime;
                var claimed = await db.LotSerials.Where(s => s.Id == serialId && s.FirstConfirmedAtUtc == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.FirstConfirmedAtUtc, now), ct);
                if (claimed == 0 && await OutcomeOfEarlierAsync(serialId, clientHash, ct) is { } earlier) return earlier;
                db.SerialConfirmations.Add(new SerialConfirmation(serialId, clientHash, isFirst: claimed == 1, now));
                await db.SaveChangesAsync(ct);
                if (claimed == 1) return SerialConfirmationOutcome.First;
                await db.LotSerials.Where(s => s.Id == serialId)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LaterConfirmations, x => x.LaterConfirmations + 1), ct);
                return SerialConfirmationOutcome.Later;
            }, ct);
        }
        catch (DbUpdateException)
        {
            // The same client's second tap, committed first by the other request.
            return await OutcomeOfEarlierAsync(serialId, clientHash, ct) ?? throw new InvalidOperationException(
                $"Confirming serial {serialId} failed, and no earlier confirmation by this client explains it.");
        }
    }

    private async Task<SerialConfirmationOutcome?> OutcomeOfEarlierAsync(long serialId, string clientHash, CancellationToken ct)
    {
        var wasFirst = await db.SerialConfirmations.AsNoTracking().Where(c => c.SerialId == serialId && c.ClientHash == clientHash)
            .Select(c => (bool?)c.IsFirst).FirstOrDefaultAsync(ct);
        return wasFirst switch { null => null, true => SerialConfirmationOutcome.First, false => SerialConfirmationOutcome.Later };
    }
}
