using System.Globalization;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// Builds the provenance page: the lot's row and its producer's current state on every view, its whole record verified
/// link by link at most <see cref="TraceabilityOptions.ReverifySeconds"/> ago (see <see cref="VerifiedLotCache"/>).
/// </summary>
public sealed class ProvenanceModelFactory(MarketDbContext db, LotRecordAudit audit, VerifiedLotCache verifiedLots,
    IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    // The row every view reads, as plain SQL (the page's one query on most views): with a serial, its sticker too.
    private const string HeadlineSql = """
        SELECT l.Id, l.Gtin, l.Code, l.ProducerId, l.ProductId, l.VariantId, l.ProducedOn, l.BestBefore, l.Quantity, l.Unit, l.Plot,
               l.ProductName, l.PackSize, l.ProducerName, l.ProducerTaxCode, l.CreatedAtUtc, l.RecalledAtUtc, l.RecallReason, l.HeadLink,
               l.ScanCount, p.Slug, p.Status, o.Name, d.Slug, d.IsListed, s.Id, s.FirstConfirmedAtUtc, s.LaterConfirmations,
               COALESCE(i.ThumbnailPath, i.Path), i.Width, i.Height
        FROM Lots l
        JOIN Producers p ON p.Id = l.ProducerId
        JOIN OriginAreas o ON o.Id = p.OriginAreaId
        JOIN Products d ON d.Id = l.ProductId
        LEFT JOIN LotSerials s ON s.LotId = l.Id AND s.Value = {2}
        LEFT JOIN ProductImages i ON i.ProductId = d.Id AND i.SortOrder = 0
        WHERE l.Gtin = {0} AND l.Code = {1}
        """;

    public async Task<LotHeadline?> FindLotAsync(DigitalLink link, CancellationToken ct)
    {
        await using var reader = await db.ReadAsync(HeadlineSql, [link.Gtin, link.Lot, link.Serial], ct);
        var row = reader.DbDataReader;
        if (!await row.ReadAsync(ct)) return null;
        var lot = new LotRow(row.GetInt32(0), row.GetString(1), row.GetString(2), row.GetInt32(3), row.GetInt32(4), row.GetInt32(5),
            row.GetFieldValue<DateOnly>(6), row.IsDBNull(7) ? null : row.GetFieldValue<DateOnly>(7), row.GetDecimal(8), (LotUnit)row.GetInt32(9),
            row.IsDBNull(10) ? null : row.GetString(10), row.GetString(11), row.GetString(12), row.GetString(13), row.GetString(14),
            row.GetDateTime(15), row.IsDBNull(16) ? null : row.GetDateTime(16), row.IsDBNull(17) ? null : row.GetString(17),
            row.IsDBNull(18) ? null : row.GetString(18), row.GetInt64(19));
        var serial = row.IsDBNull(25) ? null : new SerialState(row.GetInt64(25), row.IsDBNull(26) ? null : row.GetDateTime(26), row.GetInt32(27));
        var photo = row.IsDBNull(28) ? null : new Models.ImageModel(SiteUrls.Media(row.GetString(28)), row.GetInt32(29), row.GetInt32(30), "");
        return new LotHeadline(lot, row.GetString(20), (ProducerStatus)row.GetInt32(21), row.GetString(22), row.GetString(23), row.GetBoolean(24), serial)
        {
            Photo = photo,
        };
    }

    public async Task<ProvenancePageModel> BuildAsync(LotHeadline headline, SerialCheckModel? serial, CancellationToken ct)
    {
        var record = await verifiedLots.GetAsync(headline.Lot, () => VerifyAsync(headline.Lot.Id, ct));
        var lot = record.Lot;
        var today = VietnamTime.Today(clock);
        var path = lot.DigitalLink.Path;
        return new ProvenancePageModel(
            lot.Id, headline.Photo, lot.ProductName, lot.PackSize, lot.ProducerName, headline.ProducerSlug, headline.ProducerStatus, headline.OriginArea,
            lot.Code, lot.Gtin, HumanReadable(lot.DigitalLink, serial?.Serial), IsPlaceholderGtin(lot.Gtin),
            lot.ProducedOn, lot.BestBefore, lot.BestBefore is { } until && until < today, Amount(lot.Quantity, lot.Unit), lot.Plot,
            record.Certificates.OrderBy(c => c.Kind).Select(c => new LotCertificateModel(
                CertificationLabels.Of(c.Kind), c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, !c.IsValidOn(today))).ToList(),
            record.Timeline,
            record.Inputs,
            record.Outputs,
            record.Verification,
            VietnamTime.FromUtc(record.VerifiedAtUtc),
            headline.Lot.ScanCount + 1,
            headline.ProductIsListed && record.Recall is null ? SiteUrls.Product(headline.ProductSlug) : null,
            record.Recall,
            serial,
            path,
            TraceUrls.Epcis(lot.Id),
            path + "?linkType=linkset");
    }

    /// <summary>Every row of the lot's record, read in one statement and checked link by link against the head log.</summary>
    private async Task<VerifiedLot> VerifyAsync(int lotId, CancellationToken ct)
    {
        var (lot, _, verification) = await audit.LoadAndVerifyAsync(token => db.Lots.AsNoTrackingWithIdentityResolution()
            .Include(l => l.Events).ThenInclude(e => e.Inputs)
            .Include(l => l.Events).ThenInclude(e => e.Attachments)
            .AsSingleQuery()
            .FirstOrDefaultAsync(l => l.Id == lotId, token), ct) ?? throw new InvalidOperationException($"Lot {lotId} is gone.");
        var verifiedAt = clock.GetUtcNow().UtcDateTime;
        return new VerifiedLot(LotRow.Of(lot), verification, verifiedAt, lot.Certificates.ToList(), Timeline(lot),
            await InputsAsync(lot, ct), await OutputsAsync(lot.Id, ct), RecallOf(lot));
    }

    /// <summary>A recall is a sealed event of the record; the lot's recall columns (kept for ordering) are never what the page shows.</summary>
    public static RecallModel? RecallOf(Lot lot) =>
        lot.Events.Where(e => e.Step == TraceStep.Recalling && !e.IsErrorDeclaration).OrderBy(e => e.Sequence).FirstOrDefault() is { } recall
            ? new RecallModel(recall.EventTime.ToDateTimeOffset(), recall.Reason ?? "")
            : null;

    public bool IsPlaceholderGtin(string gtin) =>
        options.Value.CompanyPrefixIsPlaceholder && gtin.AsSpan(1).StartsWith(options.Value.CompanyPrefix);

    public static string HumanReadable(DigitalLink link, string? serial) => string.Join(' ', HumanReadableParts(link with { Serial = serial }));

    /// <summary>"(01) …", "(10) …", "(21) …": the code in text as printed under a QR, the parts the link has.</summary>
    public static IReadOnlyList<string> HumanReadableParts(DigitalLink link) =>
        new[] { ("01", link.Gtin), ("22", link.Cpv), ("10", link.Lot), ("21", link.Serial) }
            .Where(part => part.Item2 is not null).Select(part => $"({part.Item1}) {part.Item2}").ToList();

    public static string Amount(decimal quantity, LotUnit unit) =>
        quantity.ToString("#,##0.###", CultureInfo.GetCultureInfo("vi-VN")) + " " + unit.Symbol();

    public static IReadOnlyList<TimelineEntryModel> Timeline(Lot lot)
    {
        var declarations = lot.Events.Where(e => e.IsErrorDeclaration).ToList();
        var bySequence = lot.Events.ToDictionary(e => e.Id);
        return lot.Events.Where(e => !e.IsErrorDeclaration)
            .OrderBy(e => e.EventTime.Utc).ThenBy(e => e.Sequence)
            .Select(e =>
            {
                var declaration = declarations.FirstOrDefault(d => d.ErroneousEventId == e.Id);
                var corrects = declarations.FirstOrDefault(d => d.CorrectiveEventId == e.Id);
                return new TimelineEntryModel(
                    e.Sequence, e.Step, e.EventTime.ToDateTimeOffset(), e.Place.Name, e.Place.Area, MapUrl(e.Place),
                    e.Step switch { TraceStep.Transforming => e.Process, TraceStep.Recalling => e.Reason, _ => null },
                    e.InspectionPassed, e.Note,
                    e.Attachments.Select(a => new AttachmentModel(a.Kind, a.Path, a.FileName, a.Width, a.Height)).ToList(),
                    declaration is null ? null : new CorrectionModel(
                        bySequence.GetValueOrDefault(declaration.CorrectiveEventId ?? 0)?.Sequence ?? 0, declaration.Reason ?? "",
                        declaration.EventTime.ToDateTimeOffset()),
                    corrects is null ? null : bySequence.GetValueOrDefault(corrects.ErroneousEventId ?? 0)?.Sequence);
            }).ToList();
    }

    private async Task<IReadOnlyList<LinkedLotModel>> InputsAsync(Lot lot, CancellationToken ct)
    {
        var inputs = lot.Events.Where(e => !e.IsErrorDeclaration).SelectMany(e => e.Inputs).ToList();
        if (inputs.Count == 0) return [];
        var ids = inputs.Select(i => i.InputLotId).ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.Gtin, l.Code, l.ProductName, l.ProducerName }).ToDictionaryAsync(l => l.Id, ct);
        return inputs.Where(i => lots.ContainsKey(i.InputLotId)).Select(i =>
        {
            var input = lots[i.InputLotId];
            return new LinkedLotModel(input.ProductName, input.Code, input.ProducerName, Amount(i.Quantity, i.Unit),
                new DigitalLink(input.Gtin, input.Code, null).Path);
        }).ToList();
    }

    private async Task<IReadOnlyList<LinkedLotModel>> OutputsAsync(int lotId, CancellationToken ct)
    {
        var outputs = await (
            from input in db.Set<TraceEventInput>().AsNoTracking()
            where input.InputLotId == lotId
            join made in db.TraceEvents on input.EventId equals made.Id
            join output in db.Lots on made.LotId equals output.Id
            orderby output.Id
            select new { output.Gtin, output.Code, output.ProductName, output.ProducerName, input.Quantity, input.Unit })
            .Take(50).ToListAsync(ct);
        return outputs.Select(o => new LinkedLotModel(o.ProductName, o.Code, o.ProducerName, Amount(o.Quantity, o.Unit),
            new DigitalLink(o.Gtin, o.Code, null).Path)).ToList();
    }

    private static string? MapUrl(TracePlace place) =>
        place is { Latitude: { } lat, Longitude: { } lon }
            ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=15/{lat}/{lon}")
            : null;
}
