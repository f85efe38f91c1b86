using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Traceability;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The GS1 Digital Link resolver: what a phone opens when it scans a package. A person gets the provenance page; a
/// machine asking for the linkset (?linkType=all or Accept: application/linkset+json) gets RFC 9264 links.
/// </summary>
public sealed class ResolverController(ProvenanceModelFactory pages, SerialService serials, ScanRecording scans,
    MarketDbContext db, SiteUrls urls, UiText text) : Controller
{
    [HttpGet("/01/{**rest}")]
    public async Task<IActionResult> Resolve(CancellationToken ct)
    {
        Response.Headers.AccessControlAllowOrigin = "*";
        // The raw target keeps percent-encoding (a "/" inside a lot code arrives as %2F); test hosts may not set it.
        var raw = HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } target ? target : Request.Path.ToUriComponent();
        var parsed = DigitalLink.Parse(raw);
        if (parsed.Link is not { } link)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Invalid", new UnknownCodeModel(Request.Path.Value ?? "", parsed.Message));
        }
        if (link.Lot is null) return await ProductLevelAsync(link, ct);

        var headline = await pages.FindLotAsync(link, ct);
        if (headline is not { Lot: var lot }) return UnknownCode(link, text["Mã lô này chưa được đăng ký trên sàn."]);
        var linkType = Request.Query["linkType"].ToString();
        if (Linksets.IsRequested(Request)) return LinksetResult(lot, headline.ProductIsListed ? SiteUrls.Product(headline.ProductSlug) : null);
        if (linkType is "gs1:epcis") return Redirect(TraceUrls.Epcis(lot.Id));
        if (linkType is "gs1:pip" && headline.ProductIsListed) return Redirect(SiteUrls.Product(headline.ProductSlug));

        SerialCheckModel? serial = null;
        if (link.Serial is not null)
        {
            if (headline.Serial is null) return UnknownCode(link, text["Số sê-ri này chưa từng được phát hành cho lô hàng này."]);
            // A HEAD or a crawler (link previews, search engines) looks without checking: only a person's scan claims the first check.
            var byPerson = !HttpContext.IsHead() && ScanRecording.Device(Request.Headers.UserAgent.ToString()) != ScanDevice.Bot;
            var check = byPerson ? await serials.CheckAsync(headline.Serial, ct) : serials.Look(headline.Serial);
            serial = new SerialCheckModel(link.Serial, check.IsFirstCheck, VietnamTime.FromUtc(check.FirstCheckedAtUtc), check.LaterChecks);
            if (!HttpContext.IsHead()) scans.Record(HttpContext, lot.Id, check.SerialId, byPerson && !check.IsFirstCheck);
        }
        else if (!HttpContext.IsHead()) scans.Record(HttpContext, lot.Id, null, false);

        var model = await pages.BuildAsync(headline, serial, ct);
        Response.Headers.Link = $"<{urls.Absolute(model.LinksetUrl)}>; rel=\"linkset\"; type=\"{Linksets.MediaType}\"";
        Response.Headers.CacheControl = "no-cache";
        return View("Provenance", model);
    }

    /// <summary>A code with a GTIN only (a product, not a lot): the product page, or its linkset.</summary>
    private async Task<IActionResult> ProductLevelAsync(DigitalLink link, CancellationToken ct)
    {
        var product = await db.ProductVariants.AsNoTracking().Where(v => v.Gtin == link.Gtin)
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { p.Slug, p.Name, p.IsListed }).FirstOrDefaultAsync(ct);
        if (product is null) return UnknownCode(link, text["Mã sản phẩm (GTIN) này chưa được đăng ký trên sàn."]);
        var productPage = urls.Absolute(SiteUrls.Product(product.Slug));
        if (Linksets.IsRequested(Request))
            return LinksetResult(urls.Absolute(link.Path), [new Linksets.Target("pip", productPage, product.Name, "text/html"),
                new Linksets.Target("defaultLink", productPage, product.Name, "text/html")]);
        return Redirect(productPage);
    }

    private ContentResult LinksetResult(LotRow lot, string? productPage)
    {
        var page = urls.Absolute(lot.DigitalLink.Path);
        var title = $"{lot.ProductName} · {text["lô"]} {lot.Code}";
        List<Linksets.Target> targets =
        [
            new("traceability", page, title, "text/html"),
            new("certificationInfo", page + "#certificates", text["Chứng nhận"], "text/html"),
            new("epcis", urls.Absolute(TraceUrls.Epcis(lot.Id)), "EPCIS 2.0", "application/ld+json"),
            new("defaultLink", page, title, "text/html"),
        ];
        if (productPage is not null) targets.Insert(0, new Linksets.Target("pip", urls.Absolute(productPage), lot.ProductName, "text/html"));
        return LinksetResult(page, targets);
    }

    private ContentResult LinksetResult(string anchor, IEnumerable<Linksets.Target> targets) =>
        Content(Linksets.Build(anchor, targets).ToJsonString(), Linksets.MediaType);

    private ViewResult UnknownCode(DigitalLink link, string problem)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Unknown", new UnknownCodeModel(link.Path, problem));
    }
}
