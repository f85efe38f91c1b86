using LongAnMarket.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProductModerationConfiguration : IEntityTypeConfiguration<ProductModeration>
{
    public void Configure(EntityTypeBuilder<ProductModeration> builder)
    {
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.Actor).HasMaxLength(200);
        builder.RecordedTime(m => m.At, "At");
    }
}
