using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Traceability;

/// <summary>The product a GTIN names on this market; only a listed product has a page to link to.</summary>
public sealed record GtinProduct(string Name, string Slug, bool IsListed)
{
    public string PagePath => SiteUrls.Product(Slug);
}

/// <summary>What this market knows of a code, level by level: its product, its lot and its sticker, each null when unknown.</summary>
public sealed record ResolvedCode(DigitalLink Link, GtinProduct? Product, LotHeadline? Lot)
{
    public bool IsKnownLot => Lot is not null;
    public bool IsKnownSerial => Lot?.Serial is not null;
}

/// <summary>
/// The links a code has, from the most granular level it is known at up to its GTIN: the sticker's page, the lot's
/// provenance page, certificates and EPCIS record, and the product page. A level that is not registered has no links, so
/// a machine asking about an unknown lot or serial gets the GTIN's links (GS1's walk-up).
/// </summary>
public sealed class ResolverLinks(MarketDbContext db, ProvenanceModelFactory pages, SiteUrls urls, UiText text)
{
    public async Task<ResolvedCode> ResolveAsync(DigitalLink link, CancellationToken ct)
    {
        var lot = link.Lot is null ? null : await pages.FindLotAsync(link, ct);
        return new ResolvedCode(link, await ProductAsync(link.Gtin, ct), lot);
    }

    public async Task<GtinProduct?> ProductAsync(string gtin, CancellationToken ct) =>
        await db.ProductVariants.AsNoTracking().Where(v => v.Gtin == gtin)
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new GtinProduct(p.Name, p.Slug, p.IsListed)).FirstOrDefaultAsync(ct);

    /// <summary>The levels that have links, most granular first; empty when nothing of the code is registered.</summary>
    public IReadOnlyList<Linksets.Item> Levels(ResolvedCode code)
    {
        var levels = new List<Linksets.Item>();
        var gtinLink = new DigitalLink(code.Link.Gtin, null, null);
        if (code.Lot is { Lot: var lot } headline)
        {
            var lotLink = code.Link with { Serial = null };
            if (headline.Serial is not null && code.Link.Serial is { } serial)
            {
                var page = urls.Absolute(code.Link.Path);
                var title = text.Format("{0} · tem số {1}", lot.ProductName, serial);
                levels.Add(new Linksets.Item(page, text.Format("{0}, lô {1}, tem số {2}", lot.ProductName, lot.Code, serial),
                [
                    new(LinkTypes.Traceability, page, title, "text/html"),
                    new(LinkTypes.DefaultLink, page, title),
                ]));
            }
            var lotPage = urls.Absolute(lotLink.Path);
            var lotTitle = text.Format("{0} · lô {1}", lot.ProductName, lot.Code);
            levels.Add(new Linksets.Item(lotPage, text.Format("{0}, lô {1}", lot.ProductName, lot.Code),
            [
                new(LinkTypes.Traceability, lotPage, lotTitle, "text/html"),
                new(LinkTypes.CertificationInfo, lotPage + "#certificates", text["Chứng nhận"], "text/html"),
                new(LinkTypes.Epcis, urls.Absolute(TraceUrls.Epcis(lot.Id)), "EPCIS 2.0", "application/ld+json"),
                new(LinkTypes.DefaultLink, lotPage, lotTitle),
            ]));
        }
        if (code.Product is { IsListed: true } product)
        {
            var productPage = urls.Absolute(product.PagePath);
            levels.Add(new Linksets.Item(urls.Absolute(gtinLink.Path), product.Name,
            [
                new(LinkTypes.Pip, productPage, product.Name, "text/html"),
                new(LinkTypes.DefaultLink, productPage, product.Name),
            ]));
        }
        return levels;
    }
}
