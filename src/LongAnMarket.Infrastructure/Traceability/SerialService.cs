using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>What a scan of one serial found: whether this was its first check, and if not, when that was.</summary>
public sealed record SerialCheck(long SerialId, bool IsFirstCheck, DateTime FirstCheckedAtUtc, int LaterChecks);

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
    /// Records a check of a serial. The first check is claimed with one conditional UPDATE, so two phones scanning the
    /// same new sticker at once cannot both be told "first check"; later checks are counted by the scan writer.
    /// Null when the lot never issued this serial.
    /// </summary>
    public async Task<SerialCheck?> CheckAsync(int lotId, string value, CancellationToken ct = default)
    {
        var serial = await db.LotSerials.AsNoTracking().Where(s => s.LotId == lotId && s.Value == value)
            .Select(s => new { s.Id, s.FirstCheckedAtUtc, s.LaterChecks }).FirstOrDefaultAsync(ct);
        if (serial is null) return null;
        if (serial.FirstCheckedAtUtc is { } first) return new SerialCheck(serial.Id, false, first, serial.LaterChecks + 1);
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.LotSerials.Where(s => s.Id == serial.Id && s.FirstCheckedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FirstCheckedAtUtc, now), ct);
        if (claimed == 1) return new SerialCheck(serial.Id, true, now, 0);
        var winner = await db.LotSerials.AsNoTracking().Where(s => s.Id == serial.Id).Select(s => s.FirstCheckedAtUtc).FirstAsync(ct);
        return new SerialCheck(serial.Id, false, winner ?? now, serial.LaterChecks + 1);
    }
}
