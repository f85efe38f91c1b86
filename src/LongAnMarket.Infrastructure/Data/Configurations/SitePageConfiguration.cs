using LongAnMarket.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class SitePageConfiguration : IEntityTypeConfiguration<SitePage>
{
    public void Configure(EntityTypeBuilder<SitePage> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Body).HasMaxLength(20000);
        builder.HasIndex(p => p.Slug).IsUnique();
    }
}
