using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class OriginAreaConfiguration : IEntityTypeConfiguration<OriginArea>
{
    public void Configure(EntityTypeBuilder<OriginArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Slug).HasMaxLength(120);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.HasIndex(a => a.Slug).IsUnique();
    }
}
