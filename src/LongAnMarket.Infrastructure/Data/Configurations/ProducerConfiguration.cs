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
        builder.ReturnPolicy(p => p.ReturnPolicy);
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
        builder.Property(p => p.LegalForm).HasConversion<string>().HasMaxLength(20).IsUnicode(false);
        builder.OwnsOne(p => p.Registration, registration =>
        {
            registration.Property(r => r.Number).HasColumnName("RegistrationNumber").HasMaxLength(30).IsUnicode(false);
            registration.Property(r => r.IssuedOn).HasColumnName("RegistrationIssuedOn");
            registration.Property(r => r.Issuer).HasColumnName("RegistrationIssuer").HasMaxLength(200);
        });
        builder.OwnsOne(p => p.Representative, representative =>
        {
            representative.Property(r => r.Name).HasColumnName("RepresentativeName").HasMaxLength(120);
            representative.Property(r => r.Role).HasColumnName("RepresentativeRole").HasMaxLength(80);
            // Protected with the Data Protection key ring: several hundred characters of base64, never the digits.
            representative.Property(r => r.ProtectedCitizenId).HasColumnName("RepresentativeCitizenIdProtected").HasMaxLength(1000).IsUnicode(false);
        });
        builder.Property(p => p.ReminderSent).HasConversion<string>().HasMaxLength(12).IsUnicode(false);
        builder.Ignore(p => p.HasIdentity);
        builder.HasMany(p => p.Verifications).WithOne().HasForeignKey(v => v.ProducerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Verifications).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne(p => p.OriginArea).WithMany().HasForeignKey(p => p.OriginAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
