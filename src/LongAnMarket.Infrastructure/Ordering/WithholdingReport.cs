using LongAnMarket.Core.Common;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>One seller's withholding over a period: goods sold and returned (the taxed revenue), and the taxes net of returns.</summary>
public sealed record WithholdingRow(int ProducerId, string ProducerName, string TaxCode, long SoldDong, long ReturnedDong, long VatDong, long PitDong)
{
    public long TaxedDong => SoldDong - ReturnedDong;
}

/// <summary>The marketplace's commission on one producer's sales in a month, for the operator's e-invoice to that producer.</summary>
public sealed record CommissionRow(int ProducerId, string ProducerName, string TaxCode, string Address, string Email, long ChargedDong, long ReturnedDong)
{
    public long NetDong => ChargedDong - ReturnedDong;
}

/// <summary>One month of a seller's yearly withholding statement.</summary>
public sealed record WithholdingMonth(int Month, long SoldDong, long ReturnedDong, long VatDong, long PitDong);

/// <summary>
/// What the marketplace withheld for household sellers, from the ledger's tax entries: per seller for a month (the
/// monthly declaration, returns offset in the month they happen) and per month for one seller over a year.
/// Months are Vietnam's calendar months.
/// </summary>
public sealed class WithholdingReport(MarketDbContext db)
{
    public async Task<IReadOnlyList<WithholdingRow>> MonthAsync(int year, int month, CancellationToken ct)
    {
        var (from, to) = Span(year, month, 1);
        var entries = await Sums(db.LedgerEntries.Where(e => e.AtUtc >= from && e.AtUtc < to)).ToListAsync(ct);
        var ids = entries.Select(e => e.ProducerId).Distinct().ToList();
        var producers = await db.Producers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => new { p.Name, p.TaxCode }, ct);
        return [.. entries.GroupBy(e => e.ProducerId)
            .Select(g => Row(g.Key, producers[g.Key].Name, producers[g.Key].TaxCode, [.. g]))
            .OrderBy(r => r.ProducerName, StringComparer.Ordinal)];
    }

    /// <summary>Each producer's commission taken in the month, and what refunds gave back in it.</summary>
    public async Task<IReadOnlyList<CommissionRow>> CommissionAsync(int year, int month, CancellationToken ct)
    {
        var (from, to) = Span(year, month, 1);
        var sums = await db.LedgerEntries.AsNoTracking()
            .Where(e => e.AtUtc >= from && e.AtUtc < to && (e.Kind == LedgerEntryKind.Commission || e.Kind == LedgerEntryKind.CommissionReversal))
            .GroupBy(e => e.ProducerId)
            .Select(g => new
            {
                ProducerId = g.Key,
                Charged = -g.Sum(e => e.Kind == LedgerEntryKind.Commission ? e.AmountDong : 0),
                Returned = g.Sum(e => e.Kind == LedgerEntryKind.CommissionReversal ? e.AmountDong : 0),
            })
            .Join(db.Producers, s => s.ProducerId, p => p.Id, (s, p) => new CommissionRow(s.ProducerId, p.Name, p.TaxCode, p.Address, p.Email, s.Charged, s.Returned))
            .ToListAsync(ct);
        return [.. sums.OrderBy(r => r.ProducerName, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<WithholdingMonth>> YearAsync(int producerId, int year, CancellationToken ct)
    {
        var (from, to) = Span(year, 1, 12);
        var entries = await Sums(db.LedgerEntries.Where(e => e.ProducerId == producerId && e.AtUtc >= from && e.AtUtc < to)).ToListAsync(ct);
        return [.. Enumerable.Range(1, 12).Select(month =>
        {
            var (start, end) = Span(year, month, 1);
            var row = Row(producerId, "", "", entries.Where(e => e.AtUtc >= start && e.AtUtc < end).ToList());
            return new WithholdingMonth(month, row.SoldDong, row.ReturnedDong, row.VatDong, row.PitDong);
        })];
    }

    private sealed record TaxEntry(int ProducerId, LedgerEntryKind Kind, long AmountDong, long BaseDong, DateTime AtUtc);

    private static IQueryable<TaxEntry> Sums(IQueryable<LedgerEntry> entries) =>
        entries.Where(e => e.TaxBaseDong != null).Select(e => new TaxEntry(e.ProducerId, e.Kind, e.AmountDong, e.TaxBaseDong!.Value, e.AtUtc));

    private static WithholdingRow Row(int producerId, string name, string taxCode, IReadOnlyCollection<TaxEntry> entries)
    {
        long Sum(Func<TaxEntry, long> value, params LedgerEntryKind[] kinds) => entries.Where(e => kinds.Contains(e.Kind)).Sum(value);
        return new WithholdingRow(producerId, name, taxCode,
            Sum(e => e.BaseDong, LedgerEntryKind.VatWithheld), Sum(e => e.BaseDong, LedgerEntryKind.VatWithheldReversal),
            -Sum(e => e.AmountDong, LedgerEntryKind.VatWithheld, LedgerEntryKind.VatWithheldReversal),
            -Sum(e => e.AmountDong, LedgerEntryKind.PitWithheld, LedgerEntryKind.PitWithheldReversal));
    }

    /// <summary>From the first day of <paramref name="month"/> to the first day <paramref name="months"/> later, midnight in Vietnam, as UTC.</summary>
    private static (DateTime From, DateTime To) Span(int year, int month, int months)
    {
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, VietnamTime.Offset);
        return (start.UtcDateTime, start.AddMonths(months).UtcDateTime);
    }
}
