using LongAnMarket.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ListingVersionConfiguration : IEntityTypeConfiguration<ListingVersion>
{
    public void Configure(EntityTypeBuilder<ListingVersion> builder)
    {
        builder.HasOne<Product>().WithMany().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ProductId, v.Number }).IsUnique();
        builder.Property(v => v.Sha256).HasMaxLength(64).IsUnicode(false);
    }
}
