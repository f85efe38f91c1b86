using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Prices a cart from the catalogue as it is now: one query for every line's price, stock, producer and cover photo.</summary>
public sealed class CartPricing(MarketDbContext db, Microsoft.Extensions.Options.IOptions<ReturnOptions> returns)
{
    public async Task<PricedCart> PriceAsync(Cart? cart, CancellationToken ct)
    {
        if (cart is null || cart.Lines.Count == 0) return PricedCart.Empty;
        var variantIds = cart.Lines.Select(l => l.VariantId).ToList();
        var rows = await db.ProductVariants.AsNoTracking().Where(v => variantIds.Contains(v.Id))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v, p })
            .Join(db.Producers, vp => vp.p.ProducerId, producer => producer.Id, (vp, producer) => new
            {
                VariantId = vp.v.Id, ProductId = vp.p.Id, ProductName = vp.p.Name, ProductSlug = vp.p.Slug, vp.v.PackSize, vp.v.PriceDong, vp.v.Stock,
                OnSale = vp.p.IsListed && !vp.p.IsDeleted, vp.p.ContainsAlcohol, ProducerId = producer.Id, ProducerName = producer.Name, ProducerSlug = producer.Slug,
                producer.ShippingFeeDong, producer.FreeShippingFromDong, producer.ReturnPolicy,
                Perishable = db.Categories.Where(c => c.Id == vp.p.CategoryId).Select(c => c.Perishable).FirstOrDefault(),
                Thumbnail = db.ProductImages.Where(i => i.ProductId == vp.p.Id && i.SortOrder == 0).Select(i => i.ThumbnailPath ?? i.Path).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byVariant = rows.ToDictionary(r => r.VariantId);
        var groups = cart.Lines
            .Where(l => byVariant.ContainsKey(l.VariantId))
            .Select(l => (Line: l, Row: byVariant[l.VariantId]))
            .GroupBy(x => x.Row.ProducerId)
            .Select(g =>
            {
                var first = g.First().Row;
                var lines = g.OrderBy(x => x.Line.AddedAtUtc).ThenBy(x => x.Line.Id)
                    .Select(x => new PricedLine(x.Row.VariantId, x.Row.ProductId, x.Row.ProductName, x.Row.ProductSlug, x.Row.PackSize,
                        x.Row.PriceDong, x.Line.PriceSeenDong, x.Line.Quantity, x.Row.Stock, x.Row.OnSale, x.Row.Thumbnail, x.Row.ContainsAlcohol,
                        x.Row.Perishable))
                    .ToList();
                return new PricedGroup(first.ProducerId, first.ProducerName, first.ProducerSlug, lines,
                    new ShippingRate(first.ShippingFeeDong, first.FreeShippingFromDong), first.ReturnPolicy.AtLeast(returns.Value.Minimum));
            })
            .OrderBy(g => g.ProducerName, StringComparer.Ordinal)
            .ToList();
        return new PricedCart(groups);
    }
}
