using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Factories;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Sellers;

/// <summary>The producer's product list and the product form, filled from the database.</summary>
public sealed class SellerProductModelFactory(MarketDbContext db, ReferenceData reference)
{
    public const int LowStock = 5;

    public async Task<SellerProductsPage> ListAsync(int producerId, string? notice, string? error, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == producerId).Select(p => new { p.Name, p.Status }).FirstAsync(ct);
        var rows = (await db.Products.AsNoTracking().Where(p => p.ProducerId == producerId && !p.IsDeleted).OrderByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Name, p.Slug, p.IsPublished, p.IsListed, p.MinPriceDong, Stocks = p.Variants.OrderBy(v => v.Id).Select(v => new PackStock(v.PackSize, v.Stock)).ToList(),
                Moderation = p.Moderations.OrderByDescending(m => m.Id).Select(m => m.Reason).FirstOrDefault(),
            })
            .ToListAsync(ct))
            .ConvertAll(p => new SellerProductRow(p.Id, p.Name, p.Slug, p.IsPublished, p.IsListed, p.MinPriceDong, p.Stocks,
                p.Stocks.Any(s => s.Stock <= LowStock), p.IsPublished ? null : p.Moderation));
        return new SellerProductsPage(producer.Name, producer.Status == ProducerStatus.Approved,
            rows.OrderByDescending(r => r.LowStock).ToList(), notice, error);
    }

    public async Task<ProductFormPage> NewAsync(ProductForm? form, CancellationToken ct) =>
        new(null, null, WithEmptyRows(form ?? new ProductForm()), [], await reference.CategoriesAsync(ct), [], []);

    public async Task<ProductFormPage?> EditAsync(int producerId, int productId, ProductForm? submitted, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).Include(p => p.Certifications).Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == productId && p.ProducerId == producerId && !p.IsDeleted, ct);
        if (product is null) return null;
        var variants = product.Variants.OrderBy(v => v.SortOrder).ToList();
        var form = submitted ?? new ProductForm
        {
            Name = product.Name, CategoryId = product.CategoryId, Description = product.Description, ContainsAlcohol = product.ContainsAlcohol,
            Variants = variants.Select(v => new VariantInput { Id = v.Id, PackSize = v.PackSize, PriceDong = v.PriceDong, Stock = v.Stock, Gtin = v.Gtin }).ToList(),
        };
        if (submitted is null) form.Show(product.Label);
        var existing = product.Certifications.OrderBy(c => c.Kind)
            .Select(c => new ExistingCertification(c.Id, CertificationLabels.Of(c.Kind) + (c.OcopStars is { } stars ? $" {stars}★" : ""),
                c.Number, c.Issuer, c.ValidFrom, c.ValidUntil, c.AwaitsConfirmation)).ToList();
        return new ProductFormPage(product.Id, product.Slug, WithEmptyRows(form), existing, await reference.CategoriesAsync(ct),
            variants.Select(v => v.PackSize).ToList(),
            product.Images.OrderBy(i => i.SortOrder)
                .Select(i => new SellerImageModel(i.Id, SiteUrls.Media(i.ThumbnailPath ?? i.Path), i.Width, i.Height, i.AltText)).ToList());
    }

    private static ProductForm WithEmptyRows(ProductForm form)
    {
        while (form.Variants.Count(v => v.Id is null) < ProductForm.NewVariantRows) form.Variants.Add(new VariantInput());
        while (form.Certifications.Count < ProductForm.NewCertificationRows) form.Certifications.Add(new CertificationInput());
        return form;
    }
}
