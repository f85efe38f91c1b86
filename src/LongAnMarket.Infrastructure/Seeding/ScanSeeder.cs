using System.Globalization;
using System.Text;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// The benchmark's traceability data: one lot of the scale catalogue with a signed history and 1,000 serials, and a
/// scan log grown to the requested size (rows are written as multi-row INSERTs, 5,000 at a time). Reuses what is there.
/// </summary>
public sealed class ScanSeeder(MarketDbContext db, LotService lots, SerialService serials, SerialIssuer issuer, TimeProvider clock)
{
    public const string BenchLotCode = "BENCH-1";
    private const int RowsPerInsert = 5000;
    private const int Serials = 1000;

    public async Task<(Lot Lot, long Scans)> SeedAsync(long scans, CancellationToken ct = default)
    {
        var lot = await db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Code == BenchLotCode, ct) ?? await CreateLotAsync(ct);
        if (!await db.LotSerials.AnyAsync(s => s.LotId == lot.Id, ct))
        {
            await serials.RequestAsync(lot.ProducerId, lot.Id, Serials, DemoTraceSeeder.Actor, ct);
            while (await issuer.IssueNextAsync(ct)) { }
        }
        var existing = await db.Scans.LongCountAsync(ct);
        var serialIds = await db.LotSerials.Where(s => s.LotId == lot.Id).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var random = new Random(42);
        for (var written = existing; written < scans;)
        {
            var rows = (int)Math.Min(RowsPerInsert, scans - written);
            var sql = new StringBuilder("INSERT INTO Scans (LotId, SerialId, ScannedAtUtc, ClientHash, Device) VALUES ");
            for (var i = 0; i < rows; i++)
            {
                var serial = random.Next(4) == 0 ? serialIds[random.Next(serialIds.Count)].ToString(CultureInfo.InvariantCulture) : "NULL";
                var at = now.AddSeconds(-random.Next(90 * 24 * 3600));
                sql.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                    $"({lot.Id},{serial},'{at:yyyy-MM-dd HH:mm:ss}','{random.NextInt64():x16}',{random.Next(4)})");
            }
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), ct);
            written += rows;
        }
        var total = await db.Scans.LongCountAsync(s => s.LotId == lot.Id, ct);
        await db.Lots.Where(l => l.Id == lot.Id).ExecuteUpdateAsync(l => l.SetProperty(x => x.ScanCount, total), ct);
        return (lot, await db.Scans.LongCountAsync(ct));
    }

    private async Task<Lot> CreateLotAsync(CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).Where(p => p.IsListed).OrderBy(p => p.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("Seed a catalogue first (seed-scale or seed-demo).");
        var location = await lots.AddLocationAsync(product.ProducerId, "Kho thử tải", "Bến Lức", 10.64m, 106.49m, null, ct);
        var day = VietnamTime.Today(clock).AddDays(-10);
        DateTimeOffset At(int days, int hour) => VietnamTime.At(day.AddDays(days), hour);
        var lot = await lots.CreateAsync(product.ProducerId, new LotDraft(product.Variants[0].Id, BenchLotCode, day, 1000, LotUnit.Kilogram, "Thửa 1",
            day.AddMonths(6), new EventDraft(At(0, 7), location.Id, "Thu hoạch.", null, [])), DemoTraceSeeder.Actor, "http://localhost", ct);
        await lots.AppendAsync(product.ProducerId, lot.Id, TraceStep.Inspecting, new EventDraft(At(1, 9), location.Id, "Đạt.", true, []), DemoTraceSeeder.Actor, "http://localhost", ct);
        await lots.AppendAsync(product.ProducerId, lot.Id, TraceStep.Packing, new EventDraft(At(2, 9), location.Id, null, null, []), DemoTraceSeeder.Actor, "http://localhost", ct);
        await lots.AppendAsync(product.ProducerId, lot.Id, TraceStep.Shipping, new EventDraft(At(3, 9), location.Id, null, null, []), DemoTraceSeeder.Actor, "http://localhost", ct);
        return lot;
    }
}
