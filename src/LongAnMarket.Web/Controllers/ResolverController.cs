using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using LongAnMarket.Web.Traceability;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Controllers;

/// <summary>
/// The GS1 Digital Link resolver: what a phone opens when it scans a package. A person gets the lot's provenance page
/// at the Digital Link itself; a machine asks for one link type (a 307 to it) or the whole linkset (RFC 9264). See
/// docs/resolver-conformance.md for each statement of GS1's resolver standard and the test that checks it.
/// </summary>
public sealed class ResolverController(ProvenanceModelFactory pages, ResolverLinks links, SerialService serials, ScanRecording scans,
    StickerConfirmations stickers, SiteUrls urls, TimeProvider clock, UiText text) : Controller
{
    [HttpGet("/01/{**rest}")]
    public Task<IActionResult> Resolve(CancellationToken ct)
    {
        ResolverHeaders.Apply(Response);
        var parsed = DigitalLink.Parse(RawTarget());
        return parsed.Link is { } link ? ResolveAsync(link, sameAs: null, ct) : Task.FromResult<IActionResult>(Invalid(parsed.Problem));
    }

    /// <summary>A compressed Digital Link (GS1's compression): answered as the code it stands for, which the Link header names.</summary>
    [HttpGet("/{compressed:gs1compressed}")]
    public Task<IActionResult> ResolveCompressed(string compressed, CancellationToken ct)
    {
        ResolverHeaders.Apply(Response);
        var expanded = DigitalLinkCompression.Decompress(compressed);
        return expanded.Link is { } link
            ? ResolveAsync(link, urls.Absolute(expanded.PathAndQuery!), ct)
            : Task.FromResult<IActionResult>(Invalid(DigitalLinkProblem.Malformed)); // the route's constraint lets only decompressible paths in
    }

    [HttpOptions("/01/{**rest}"), HttpOptions("/{compressed:gs1compressed}")]
    public IActionResult Preflight()
    {
        ResolverHeaders.Preflight(Response);
        return NoContent();
    }

    /// <summary>A person's "I just bought this" on a sticker's page: the only way a sticker is ever confirmed.</summary>
    [HttpPost("/01/{**rest}"), EnableRateLimiting(RateLimits.AccountForms)]
    public async Task<IActionResult> Confirm(CancellationToken ct)
    {
        var parsed = DigitalLink.Parse(RawTarget());
        if (parsed.Link is not { } link || link.Serial is null)
            return Invalid(parsed.Problem, parsed.Link is null ? null : text["Chỉ tem có số sê-ri mới xác nhận mua được."]);
        var headline = link.Lot is null ? null : await pages.FindLotAsync(link, ct);
        if (headline?.Serial is not { } sticker) return await UnknownAsync(new ResolvedCode(link, null, headline), ct);
        var outcome = await serials.ConfirmAsync(sticker.Id, scans.ClientHash(HttpContext, clock.GetUtcNow().UtcDateTime), ct);
        // Phones behind one carrier address look like one client: a browser that did not confirm first is never told it
        // did, even when its address matches the first buyer's.
        if (outcome == SerialConfirmationOutcome.First && sticker.FirstConfirmedAtUtc is not null
            && stickers.Of(Request, sticker.Id) != SerialConfirmationOutcome.First)
            outcome = SerialConfirmationOutcome.Later;
        stickers.Remember(HttpContext, sticker.Id, outcome);
        return LocalRedirect(link.Path + "#sticker");
    }

    private Task<IActionResult> ResolveAsync(DigitalLink link, string? sameAs, CancellationToken ct) =>
        LinkTypes.Of(Request) switch
        {
            LinkTypeRequest.Page => PageAsync(link, sameAs, ct),
            LinkTypeRequest.Linkset => LinksetAsync(link, sameAs, ct),
            LinkTypeRequest.Gs1(var term) => LinkOfTypeAsync(link, term, sameAs, ct),
            var other => Task.FromResult<IActionResult>(NoLink(((LinkTypeRequest.Other)other).Requested, link, sameAs)),
        };

    /// <summary>
    /// A person's scan: the provenance page right here (no redirect per scan; the Digital Link is the default link's
    /// target), the product page for a GTIN alone, or a counterfeit warning for a lot or sticker never registered.
    /// </summary>
    private async Task<IActionResult> PageAsync(DigitalLink link, string? sameAs, CancellationToken ct)
    {
        if (link.Lot is null)
        {
            var product = await links.ProductAsync(link.Gtin, ct);
            if (product is not { IsListed: true }) return await UnknownAsync(new ResolvedCode(link, product, null), ct);
            ResolverHeaders.Links(Response, ResolverHeaders.Linkset(LinksetUri(link)), ResolverHeaders.SameAs(sameAs));
            return RedirectPreserveMethod(WithQuery(urls.Absolute(product.PagePath)));
        }
        var headline = await pages.FindLotAsync(link, ct);
        if (headline is not { Lot: var lot } || (link.Serial is not null && headline.Serial is null))
            return await UnknownAsync(new ResolvedCode(link, null, headline), ct);

        var serial = link.Serial is not null && headline.Serial is { } sticker ? stickers.Standing(Request, link, sticker) : null;
        // Every look is a scan; none confirms a sticker (link previews, crawlers and prefetches look too).
        if (!HttpContext.IsHead()) scans.Record(HttpContext, lot.Id, headline.Serial?.Id);
        var model = await pages.BuildAsync(headline, serial, ct);
        ResolverHeaders.Links(Response, ResolverHeaders.Linkset(urls.Absolute(model.LinksetUrl)), ResolverHeaders.SameAs(sameAs));
        Response.Headers.CacheControl = "no-cache";
        return View("Provenance", model);
    }

    private async Task<IActionResult> LinksetAsync(DigitalLink link, string? sameAs, CancellationToken ct)
    {
        var levels = links.Levels(await links.ResolveAsync(link, ct));
        if (levels.Count == 0) return NoLink("linkset", link, sameAs);
        ResolverHeaders.Links(Response, ResolverHeaders.JsonLdContext, ResolverHeaders.SameAs(sameAs));
        return Content(Linksets.Build(levels).ToJsonString(Linksets.Json), Linksets.MediaType);
    }

    /// <summary>One link type, looked for from the code's own level up to its GTIN: a 307 to it, passing the query on.</summary>
    private async Task<IActionResult> LinkOfTypeAsync(DigitalLink link, string term, string? sameAs, CancellationToken ct)
    {
        var target = Linksets.Find(links.Levels(await links.ResolveAsync(link, ct)), term);
        if (target is null) return NoLink(LinkTypes.Prefix + term, link, sameAs);
        ResolverHeaders.Links(Response, ResolverHeaders.Linkset(LinksetUri(link)), ResolverHeaders.SameAs(sameAs));
        return RedirectPreserveMethod(WithQuery(target.Href));
    }

    /// <summary>A link type this code has no link of: 404, never a page that looks like an answer.</summary>
    private ContentResult NoLink(string linkType, DigitalLink link, string? sameAs)
    {
        ResolverHeaders.Links(Response, ResolverHeaders.SameAs(sameAs));
        Response.StatusCode = StatusCodes.Status404NotFound;
        var problem = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = text["Không có liên kết"],
            ["status"] = 404,
            ["detail"] = text.Format("Mã {0} không có liên kết loại “{1}” trên sàn này.", link.Path, linkType),
        };
        return Content(problem.ToJsonString(Linksets.Json), "application/problem+json");
    }

    /// <summary>
    /// A lot or sticker never registered here: a person is warned it may be a fake (404), and told which product the
    /// GTIN belongs to, with a link to its genuine page.
    /// </summary>
    private async Task<IActionResult> UnknownAsync(ResolvedCode code, CancellationToken ct)
    {
        var link = code.Link;
        var product = code.Product ?? await links.ProductAsync(link.Gtin, ct);
        var problem = link.Lot is null ? text["Mã sản phẩm (GTIN) này chưa được đăng ký trên sàn."]
            : code.Lot is null ? text["Mã lô này chưa được đăng ký trên sàn."]
            : text["Số sê-ri này chưa từng được phát hành cho lô hàng này."];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("Unknown", new UnknownCodeModel(link.Path, problem, product is { IsListed: true } ? product : null));
    }

    /// <summary>
    /// A code that cannot be one of ours, told in the visitor's language without the parser's detail: the page never
    /// says which check digit would have been right, which would only help whoever prints fakes.
    /// </summary>
    private ViewResult Invalid(DigitalLinkProblem? problem, string? reason = null)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        reason ??= problem switch
        {
            DigitalLinkProblem.BadGtin or DigitalLinkProblem.WrongCheckDigit => text["Mã sản phẩm (GTIN) trong mã này không hợp lệ."],
            DigitalLinkProblem.BadCpv or DigitalLinkProblem.BadLot or DigitalLinkProblem.BadSerial => text["Mã lô hoặc số tem trong mã này không đọc được."],
            _ => text["Đây không phải mã truy xuất nguồn gốc của sàn."],
        };
        return View("Invalid", new UnknownCodeModel(Request.Path.Value ?? "", reason));
    }

    private string LinksetUri(DigitalLink link) => urls.Absolute(link.Path) + "?linkType=linkset";

    /// <summary>The target with the request's query passed on (GS1: all key=value pairs but the resolver's own linkType).</summary>
    private string WithQuery(string target)
    {
        var passed = string.Join('&', Request.Query.Where(q => q.Key != "linkType")
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? ""))));
        if (passed.Length == 0) return target;
        var fragmentAt = target.IndexOf('#');
        var (beforeFragment, fragment) = fragmentAt < 0 ? (target, "") : (target[..fragmentAt], target[fragmentAt..]);
        return beforeFragment + (beforeFragment.Contains('?') ? '&' : '?') + passed + fragment;
    }

    /// <summary>The raw target keeps percent-encoding (a "/" inside a lot code arrives as %2F); test hosts may not set it.</summary>
    private string RawTarget() =>
        HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } target ? target : Request.Path.ToUriComponent();
}
