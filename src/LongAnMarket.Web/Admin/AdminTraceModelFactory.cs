using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Admin;

/// <summary>The trade office's view of lots (to recall one) and of consumers' counterfeit reports.</summary>
public sealed class AdminTraceModelFactory(MarketDbContext db)
{
    public async Task<AdminLotListModel> LotsAsync(string? query, string? notice, string? error, CancellationToken ct)
    {
        var lots = db.Lots.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = query.Trim();
            lots = lots.Where(l => l.Code == term || l.Gtin == term || l.ProductName.Contains(term) || l.ProducerName.Contains(term));
        }
        var rows = await lots.OrderByDescending(l => l.CreatedAtUtc).Take(100)
            .Select(l => new { l.Id, l.ProductName, l.ProducerName, l.Code, l.Gtin, l.ProducedOn, l.ScanCount, l.RecalledAtUtc }).ToListAsync(ct);
        return new AdminLotListModel(query, rows.Select(l => new AdminLotRow(l.Id, l.ProductName, l.ProducerName, l.Code,
            new DigitalLink(l.Gtin, l.Code, null).Path, l.ProducedOn, l.ScanCount, l.RecalledAtUtc is not null)).ToList(), notice, error);
    }

    public async Task<CounterfeitReportListModel> ReportsAsync(bool showClosed, string? notice, string? error, CancellationToken ct)
    {
        var reports = await db.CounterfeitReports.AsNoTracking().Where(r => showClosed || r.ClosedAtUtc == null)
            .OrderByDescending(r => r.ReportedAtUtc).Take(200)
            .Select(r => new { r.Id, r.Code, Lot = r.Lot == null ? null : r.Lot.ProductName + " · " + r.Lot.Code, r.Message, r.Contact, r.ReportedAtUtc, r.ClosedAtUtc, r.Resolution, r.ComplaintId,
                Photos = r.Photos.OrderBy(p => p.Id).Select(p => p.Id).ToList() })
            .ToListAsync(ct);
        var open = await db.CounterfeitReports.CountAsync(r => r.ClosedAtUtc == null, ct);
        return new CounterfeitReportListModel(showClosed, reports.Select(r => new CounterfeitReportRow(r.Id, r.Code, r.Lot, r.Message, r.Contact,
            VietnamTime.FromUtc(r.ReportedAtUtc), r.ClosedAtUtc is { } closed ? VietnamTime.FromUtc(closed) : null, r.Resolution) { PhotoIds = r.Photos, ComplaintId = r.ComplaintId }).ToList(),
            open, notice, error);
    }
}
