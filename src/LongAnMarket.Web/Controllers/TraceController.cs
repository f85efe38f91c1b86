using System.Text.Json.Nodes;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Traceability;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Controllers;

/// <summary>A lot's machine-readable companions (EPCIS, QR images), the signing key, places, and fake reports.</summary>
public sealed class TraceController(MarketDbContext db, LotService lots, TraceKeyRing keys, LotRecordAudit audit, ScanRecording scans,
    SiteUrls urls, UiText text, IOptions<TraceabilityOptions> options, IOptions<SiteOptions> site, TimeProvider clock) : Controller
{
    [HttpGet("/trace/lots/{id:int}/epcis")]
    public async Task<IActionResult> Epcis(int id, CancellationToken ct)
    {
        Response.Headers.AccessControlAllowOrigin = "*";
        if (await audit.LoadAndVerifyAsync(token => lots.WithRecord().AsNoTrackingWithIdentityResolution().FirstOrDefaultAsync(l => l.Id == id, token), ct)
            is not ({ } lot, { } log, { } verification)) return NotFound();
        var document = EpcisLotDocument.Build(lot, urls.Absolute(TraceUrls.Epcis(id)), VietnamTime.Now(clock), log.Statements, log.AnchorRows,
            keys, verification, options.Value.AnchorMinutes);
        Response.Headers.ContentDisposition = $"inline; filename=\"lot-{lot.Gtin}-{id}.epcis.jsonld\"";
        return Content(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), "application/ld+json");
    }

    [HttpGet("/trace/lots/{id:int}/qr.{format:regex(^(png|svg)$)}")]
    public async Task<IActionResult> Qr(int id, string format, bool download, CancellationToken ct)
    {
        var lot = await db.Lots.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Gtin, l.Code }).FirstOrDefaultAsync(ct);
        if (lot is null) return NotFound();
        var uri = new DigitalLink(lot.Gtin, lot.Code, null).ToUri(urls.Origin);
        Response.Headers.CacheControl = "public, max-age=86400";
        if (download) Response.Headers.ContentDisposition = $"attachment; filename=\"qr-{lot.Gtin}-{Slug.From(lot.Code)}.{format}\"";
        return format == "png"
            ? File(TraceQrCodes.Png(uri), "image/png")
            : Content(TraceQrCodes.Svg(uri), "image/svg+xml");
    }

    /// <summary>Every key records were ever signed with, as a JWK Set (RFC 7517 §5): the current one first, then the retired.</summary>
    [HttpGet(TraceUrls.PublicKey)]
    public async Task<IActionResult> PublicKey(CancellationToken ct)
    {
        await keys.LoadAsync(ct);
        Response.Headers.AccessControlAllowOrigin = "*";
        Response.Headers.CacheControl = "public, max-age=300";
        var set = new JsonObject
        {
            ["keys"] = new JsonArray(keys.Published.Select(k =>
            {
                var jwk = k.Key.ToJson();
                jwk[EpcisEventJson.Prefix + ":status"] = k.IsCurrent ? "current" : "retired";
                return (JsonNode)jwk;
            }).ToArray()),
        };
        return Content(set.ToJsonString(), "application/jwk-set+json");
    }

    /// <summary>Describes this resolver the way GS1's resolver standard asks (/.well-known/gs1resolver).</summary>
    [HttpGet(TraceUrls.ResolverDescription)]
    public IActionResult ResolverDescription()
    {
        Response.Headers.AccessControlAllowOrigin = "*";
        // Keys of GS1's resolver description file schema (ref.gs1.org/standards/resolver/description-file-schema).
        var description = new JsonObject
        {
            ["name"] = text.Format("Trình phân giải GS1 Digital Link của {0}", site.Value.Name),
            ["resolverRoot"] = urls.Origin,
            ["supportedPrimaryKeys"] = new JsonArray("01"),
            ["supportedLinkType"] = new JsonArray(new JsonObject { ["namespace"] = LinkTypes.Vocabulary, ["prefix"] = LinkTypes.Prefix }),
            ["linkTypeDefaultCanBeLinkset"] = false,
            ["jsonLdContextLocation"] = Linksets.JsonLdContext,
            ["traceSigningKey"] = urls.Absolute(TraceUrls.PublicKey),
        };
        return Content(description.ToJsonString(), "application/json");
    }

    [HttpGet("/places/{id:int}")]
    public async Task<IActionResult> Place(int id, CancellationToken ct)
    {
        var place = await db.TraceLocations.AsNoTracking().Where(l => l.Id == id)
            .Join(db.Producers, l => l.ProducerId, p => p.Id, (l, p) => new PlaceModel(l.Name, l.Area, l.Latitude, l.Longitude, l.Gln, p.Name, p.Slug))
            .FirstOrDefaultAsync(ct);
        return place is null ? NotFound() : View(place);
    }

    /// <summary>Three photos of at most 5 MB each, with the form around them.</summary>
    private const long ReportUploadBytes = 3 * ProductImageProcessor.MaxBytes + 64 * 1024;

    [HttpGet("/trace/report")]
    public IActionResult Report(string? code) => View(new ReportForm { Code = code ?? "" });

    [HttpPost("/trace/report"), EnableRateLimiting(RateLimits.AccountForms)]
    [RequestSizeLimit(ReportUploadBytes), RequestFormLimits(MultipartBodyLengthLimit = ReportUploadBytes)]
    public async Task<IActionResult> Report(ReportForm form, [FromServices] CounterfeitReportService reports, CancellationToken ct)
    {
        var photos = form.Photos.Where(p => p.Length > 0 || p.FileName.Length > 0).ToList();
        if (photos.Count > CounterfeitReport.MaxPhotos)
            ModelState.AddModelError(nameof(form.Photos), text.Format("Gửi tối đa {0} ảnh.", CounterfeitReport.MaxPhotos));
        foreach (var photo in photos.Where(p => p.Length > ProductImageProcessor.MaxBytes))
            ModelState.AddModelError(nameof(form.Photos), text.Format("Ảnh “{0}” lớn hơn {1} MB.", photo.FileName, ProductImageProcessor.MaxBytes / 1024 / 1024));
        if (!ModelState.IsValid) return View(form);
        var code = (form.Code ?? "").Trim();
        var lotId = DigitalLink.Parse(code).Link is { Lot: not null } link
            ? await db.Lots.Where(l => l.Gtin == link.Gtin && l.Code == link.Lot).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct)
            : null;
        try
        {
            var now = clock.GetUtcNow();
            var uploads = new List<UploadedFile>();
            foreach (var photo in photos)
            {
                using var buffer = new MemoryStream();
                await photo.CopyToAsync(buffer, ct);
                uploads.Add(new UploadedFile(photo.FileName, buffer.ToArray()));
            }
            await reports.FileAsync(new CounterfeitReport(code, lotId, form.Message ?? "", form.Contact, scans.ClientHash(HttpContext, now.UtcDateTime), now), uploads, ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Field ?? nameof(form.Message), text.Of(ex));
            return View(form);
        }
        TempData["notice"] = text["Cảm ơn bạn. Ban quản lý sàn sẽ xem xét báo cáo này."];
        return RedirectToAction(nameof(Report), new { code });
    }
}
