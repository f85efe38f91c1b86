using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProducerConfiguration : IEntityTypeConfiguration<Producer>
{
    public void Configure(EntityTypeBuilder<Producer> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Ignore(p => p.Shipping);
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.TaxCode).HasMaxLength(20);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.StatusReason).HasMaxLength(500);
        builder.Property(p => p.PhotoPath).HasMaxLength(200).IsUnicode(false);
        builder.RecordedTime(p => p.RegisteredAt, "RegisteredAt");
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.TaxCode).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.HasMany(p => p.StatusHistory).WithOne().HasForeignKey(c => c.ProducerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.StatusHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.ProducerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<MarketUser>().WithMany().HasForeignKey(p => p.OwnerUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.OwnerUserId).IsUnique();
        builder.HasOne(p => p.OriginArea).WithMany().HasForeignKey(p => p.OriginAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
