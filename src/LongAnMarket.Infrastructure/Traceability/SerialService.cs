using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>What a scan of one serial found: whether this was its first check, and if not, when that was.</summary>
public sealed record SerialCheck(long SerialId, bool IsFirstCheck, DateTime FirstCheckedAtUtc, int LaterChecks);

/// <summary>A sticker as stored: when it was first checked, if ever, and how often since.</summary>
public sealed record SerialState(long Id, DateTime? FirstCheckedAtUtc, int LaterChecks);

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
    /// Records a check of a serial the lot issued (the provenance page reads it with its lot). The first check is claimed
    /// with one conditional UPDATE, so two phones scanning the same new sticker at once cannot both be told "first check";
    /// later checks are counted by the scan writer.
    /// </summary>
    /// <summary>What a check would show, recording nothing: for a look that is not a person's check.</summary>
    public SerialCheck Look(SerialState serial) =>
        new(serial.Id, serial.FirstCheckedAtUtc is null, serial.FirstCheckedAtUtc ?? clock.GetUtcNow().UtcDateTime, serial.LaterChecks);

    public async Task<SerialCheck> CheckAsync(SerialState serial, CancellationToken ct = default)
    {
        if (serial.FirstCheckedAtUtc is { } first) return new SerialCheck(serial.Id, false, first, serial.LaterChecks + 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.LotSerials.Where(s => s.Id == serial.Id && s.FirstCheckedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FirstCheckedAtUtc, now), ct);
        if (claimed == 1) return new SerialCheck(serial.Id, true, now, 0);
        var winner = await db.LotSerials.AsNoTracking().Where(s => s.Id == serial.Id).Select(s => s.FirstCheckedAtUtc).FirstAsync(ct);
        return new SerialCheck(serial.Id, false, winner ?? now, serial.LaterChecks + 1);
    }
}
