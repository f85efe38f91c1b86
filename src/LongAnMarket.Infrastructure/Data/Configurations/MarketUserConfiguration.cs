using LongAnMarket.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class MarketUserConfiguration : IEntityTypeConfiguration<MarketUser>
{
    public void Configure(EntityTypeBuilder<MarketUser> builder) => builder.Property(u => u.DisplayName).HasMaxLength(100);
}
