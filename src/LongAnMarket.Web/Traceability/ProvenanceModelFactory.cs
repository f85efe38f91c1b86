using System.Globalization;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// Builds the provenance page from the lot's stored rows, checking the whole chain on every view (signature checks are
/// remembered by the signer, hashing is cheap), so a row edited behind the platform's back shows at once.
/// </summary>
public sealed class ProvenanceModelFactory(MarketDbContext db, ITraceSigner signer, IOptions<TraceabilityOptions> options, TimeProvider clock)
{
    /// <summary>
    /// The lot with its whole record and what the page says about its producer and product, in one statement: a lot
    /// has a handful of events with few inputs and attachments, so the joined rows stay few and one round trip beats six.
    /// </summary>
    public Task<LotRecord?> FindLotAsync(DigitalLink link, CancellationToken ct) =>
        db.Lots.AsNoTrackingWithIdentityResolution()
            .Include(l => l.Events).ThenInclude(e => e.Inputs)
            .Include(l => l.Events).ThenInclude(e => e.Attachments)
            .AsSingleQuery()
            .Where(l => l.Gtin == link.Gtin && l.Code == link.Lot)
            .Select(l => new LotRecord(l, l.Producer!.Slug, l.Producer.Status, l.Producer.OriginArea!.Name, l.Product!.Slug,
                l.Product.IsListed, db.Set<TraceEventInput>().Any(i => i.InputLotId == l.Id)))
            .FirstOrDefaultAsync(ct);

    public async Task<ProvenancePageModel> BuildAsync(LotRecord record, SerialCheckModel? serial, CancellationToken ct)
    {
        var lot = record.Lot;
        var today = VietnamTime.Today(clock);
        var path = lot.DigitalLink.Path;
        return new ProvenancePageModel(
            lot.Id, lot.ProductName, lot.PackSize, lot.ProducerName, record.ProducerSlug, record.ProducerStatus, record.OriginArea,
            lot.Code, lot.Gtin, HumanReadable(lot.DigitalLink, serial?.Serial), IsPlaceholderGtin(lot.Gtin),
            lot.ProducedOn, lot.BestBefore, lot.BestBefore is { } until && until < today, Amount(lot.Quantity, lot.Unit), lot.Plot,
            lot.Certificates.OrderBy(c => c.Kind).Select(c => new LotCertificateModel(
                CertificationLabels.Of(c.Kind), c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, !c.IsValidOn(today))).ToList(),
            Timeline(lot),
            await InputsAsync(lot, ct),
            record.HasOutputs ? await OutputsAsync(lot.Id, ct) : [],
            LotSeal.Verify(lot, signer),
            lot.ScanCount + 1,
            record.ProductIsListed && !lot.IsRecalled ? SiteUrls.Product(record.ProductSlug) : null,
            lot.RecalledAtUtc is { } recalledAt ? new RecallModel(VietnamTime.FromUtc(recalledAt), lot.RecallReason ?? "") : null,
            serial,
            path,
            TraceUrls.Epcis(lot.Id),
            path + "?linkType=all");
    }

    public bool IsPlaceholderGtin(string gtin) =>
        options.Value.CompanyPrefixIsPlaceholder && gtin.AsSpan(1).StartsWith(options.Value.CompanyPrefix);

    public static string HumanReadable(DigitalLink link, string? serial) =>
        $"(01) {link.Gtin} (10) {link.Lot}" + (serial is null ? "" : $" (21) {serial}");

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
