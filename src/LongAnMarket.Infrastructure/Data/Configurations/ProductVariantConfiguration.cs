using LongAnMarket.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.Property(v => v.PackSize).HasMaxLength(60);
        builder.Property(v => v.Gtin).HasMaxLength(14).IsUnicode(false);
        builder.HasIndex(v => v.Gtin).IsUnique();
    }
}
