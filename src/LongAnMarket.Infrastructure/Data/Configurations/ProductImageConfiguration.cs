using LongAnMarket.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> builder)
    {
        builder.Property(i => i.Path).HasMaxLength(300);
        builder.Property(i => i.AltText).HasMaxLength(200);
        builder.Property(i => i.ThumbnailPath).HasMaxLength(300);
        // Position 0 is the cover that product cards join on: one per product.
        builder.HasIndex(i => new { i.ProductId, i.SortOrder }).IsUnique();
    }
}
