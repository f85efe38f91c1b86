using System.Text.Json.Nodes;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;
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

    [HttpGet("/trace/report")]
    public IActionResult Report(string? code) => View(new ReportForm { Code = code ?? "" });

    [HttpPost("/trace/report"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Report(ReportForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return View(form);
        var code = (form.Code ?? "").Trim();
        var lotId = DigitalLink.Parse(code).Link is { Lot: not null } link
            ? await db.Lots.Where(l => l.Gtin == link.Gtin && l.Code == link.Lot).Select(l => (int?)l.Id).FirstOrDefaultAsync(ct)
            : null;
        try
        {
            var now = clock.GetUtcNow();
            db.CounterfeitReports.Add(new CounterfeitReport(code, lotId, form.Message ?? "", form.Contact, scans.ClientHash(HttpContext, now.UtcDateTime), now));
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(form.Message), text.Of(ex));
            return View(form);
        }
        TempData["notice"] = text["Cảm ơn bạn. Ban quản lý sàn sẽ xem xét báo cáo này."];
        return RedirectToAction(nameof(Report), new { code });
    }
}
