using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Traceability;

/// <summary>The producer's lot pages; every query is scoped to the producer, so another's lot is never found.</summary>
public sealed class SellerLotModelFactory(MarketDbContext db, LotService lots, ProvenanceModelFactory provenance, LotRecordAudit audit,
    SiteUrls urls, IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    public const int ChartDays = 30;
    public const int LabelsPerPage = 24;
    public const int SerialLabelsPerPage = 240;

    public async Task<SellerLotsPage> ListAsync(int producerId, string? notice, string? error, CancellationToken ct)
    {
        var rows = await db.Lots.AsNoTracking().Where(l => l.ProducerId == producerId).OrderByDescending(l => l.CreatedAtUtc).Take(500)
            .Select(l => new SellerLotRow(l.Id, l.ProductName, l.PackSize, l.Code, l.ProducedOn, l.Events.Count, l.ScanCount, l.RecalledAtUtc != null))
            .ToListAsync(ct);
        var hasLocations = await db.TraceLocations.AnyAsync(l => l.ProducerId == producerId, ct);
        var lotIds = db.Lots.Where(l => l.ProducerId == producerId).Select(l => l.Id);
        return new SellerLotsPage(rows, hasLocations, await ScansAsync(db.Scans.Where(s => lotIds.Contains(s.LotId)), ct), notice, error);
    }

    public async Task<LotFormPage> NewAsync(int producerId, LotForm? form, CancellationToken ct)
    {
        var variants = await db.ProductVariants.AsNoTracking()
            .Join(db.Products.Where(p => p.ProducerId == producerId && !p.IsDeleted), v => v.ProductId, p => p.Id, (v, p) => new { v.Id, p.Name, v.PackSize })
            .OrderBy(v => v.Name).ThenBy(v => v.PackSize).ToListAsync(ct);
        var inputs = await db.Lots.AsNoTracking().Where(l => l.ProducerId == producerId && l.RecalledAtUtc == null)
            .OrderByDescending(l => l.CreatedAtUtc).Take(200).Select(l => new { l.Id, l.ProductName, l.Code, l.ProducedOn }).ToListAsync(ct);
        form ??= new LotForm { Date = VietnamTime.Today(clock), Time = DefaultTime(VietnamTime.Now(clock)) };
        while (form.Inputs.Count < LotForm.InputRows) form.Inputs.Add(new LotInputRow());
        return new LotFormPage(form,
            variants.Select(v => new Option(v.Id, $"{v.Name} · {v.PackSize}")).ToList(),
            await LocationsAsync(producerId, ct),
            inputs.Select(l => new Option(l.Id, $"{l.ProductName} · {l.Code} ({l.ProducedOn:dd/MM/yyyy})")).ToList());
    }

    public async Task<SellerLotPage?> DetailAsync(int producerId, int lotId, string? notice, string? error, CancellationToken ct)
    {
        if (await audit.LoadAndVerifyAsync(token => lots.WithRecord().AsNoTrackingWithIdentityResolution()
                .FirstOrDefaultAsync(l => l.Id == lotId && l.ProducerId == producerId, token), ct) is not ({ } lot, _, { } verification))
            return null;
        var batches = await db.SerialBatches.AsNoTracking().Where(b => b.LotId == lotId).OrderByDescending(b => b.Id).ToListAsync(ct);
        var suspicious = await db.LotSerials.CountAsync(s => s.LotId == lotId && s.LaterConfirmations >= options.Value.SuspiciousSerialChecks, ct);
        return new SellerLotPage(lot.Id, lot.ProductName, lot.PackSize, lot.Code, ProvenanceModelFactory.HumanReadable(lot.DigitalLink, null),
            provenance.IsPlaceholderGtin(lot.Gtin), lot.DigitalLink.Path, TraceUrls.QrPng(lot.Id), TraceUrls.QrSvg(lot.Id), TraceUrls.Epcis(lot.Id),
            lot.IsRecalled, ProvenanceModelFactory.Timeline(lot), verification, await LocationsAsync(producerId, ct),
            batches.Select(b => new SerialBatchRow(b.Id, b.Requested, b.Issued, b.PercentDone, b.IsComplete, VietnamTime.FromUtc(b.CreatedAtUtc))).ToList(),
            suspicious, await ScansAsync(db.Scans.Where(s => s.LotId == lotId), ct), notice, error);
    }

    public async Task<IReadOnlyList<Option>> LocationsAsync(int producerId, CancellationToken ct) =>
        await db.TraceLocations.AsNoTracking().Where(l => l.ProducerId == producerId).OrderBy(l => l.Name)
            .Select(l => new Option(l.Id, l.Name + " – " + l.Area)).ToListAsync(ct);

    /// <summary>A lot's labels, all with the lot's own code (<paramref name="count"/> of them).</summary>
    public async Task<LabelSheet?> LotLabelsAsync(int producerId, int lotId, int count, CancellationToken ct)
    {
        var lot = await db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lotId && l.ProducerId == producerId, ct);
        if (lot is null) return null;
        var label = Label.Of(lot.DigitalLink, urls.Origin);
        return new LabelSheet(lot.ProductName, lot.PackSize, lot.ProducedOn, lot.BestBefore,
            Enumerable.Repeat(label, Math.Clamp(count, 1, 480)).ToList(), 1, 1, $"/seller/lots/{lotId}");
    }

    /// <summary>One page of a serial batch's stickers, each with its own per-unit code.</summary>
    public async Task<LabelSheet?> SerialLabelsAsync(int producerId, int lotId, int batchId, int page, CancellationToken ct)
    {
        var lot = await db.Lots.AsNoTracking().FirstOrDefaultAsync(l => l.Id == lotId && l.ProducerId == producerId, ct);
        if (lot is null || !await db.SerialBatches.AnyAsync(b => b.Id == batchId && b.LotId == lotId, ct)) return null;
        var total = await db.LotSerials.CountAsync(s => s.BatchId == batchId, ct);
        var pageCount = Math.Max(1, (total + SerialLabelsPerPage - 1) / SerialLabelsPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var serials = await db.LotSerials.AsNoTracking().Where(s => s.BatchId == batchId).OrderBy(s => s.Id)
            .Skip((page - 1) * SerialLabelsPerPage).Take(SerialLabelsPerPage).Select(s => s.Value).ToListAsync(ct);
        var labels = serials.Select(serial => Label.Of(lot.DigitalLink with { Serial = serial }, urls.Origin)).ToList();
        return new LabelSheet(lot.ProductName, lot.PackSize, lot.ProducedOn, lot.BestBefore, labels, page, pageCount, $"/seller/lots/{lotId}");
    }

    private async Task<ScanSummary> ScansAsync(IQueryable<Scan> scans, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var from = today.AddDays(-(ChartDays - 1)).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset;
        var perDay = await scans.Where(s => s.ScannedAtUtc >= from)
            .GroupBy(s => s.ScannedAtUtc.AddHours(7).Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byDay = perDay.ToDictionary(d => DateOnly.FromDateTime(d.Day), d => d.Count);
        var days = Enumerable.Range(0, ChartDays).Select(i => today.AddDays(i - ChartDays + 1))
            .Select(day => new ScanDay(day, byDay.GetValueOrDefault(day))).ToList();
        return new ScanSummary(days, days.Sum(d => (long)d.Count));
    }

    /// <summary>7:00, the usual start of a harvest day, or the current minute before then (a lot made at 5:30 is not in the future).</summary>
    private static TimeOnly DefaultTime(DateTimeOffset now)
    {
        var minute = new TimeOnly(now.Hour, now.Minute);
        return minute < new TimeOnly(7, 0) ? minute : new TimeOnly(7, 0);
    }
}
