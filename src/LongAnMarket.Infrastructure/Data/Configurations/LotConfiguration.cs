using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class LotConfiguration : IEntityTypeConfiguration<Lot>
{
    public void Configure(EntityTypeBuilder<Lot> builder)
    {
        builder.Property(l => l.Gtin).HasMaxLength(14).IsUnicode(false);
        builder.Property(l => l.Code).HasMaxLength(20).IsUnicode(false);
        builder.Property(l => l.Quantity).HasPrecision(13, 3);
        builder.Property(l => l.Plot).HasMaxLength(200);
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.PackSize).HasMaxLength(60);
        builder.Property(l => l.ProducerName).HasMaxLength(200);
        builder.Property(l => l.ProducerTaxCode).HasMaxLength(20).IsUnicode(false);
        builder.Property(l => l.RecallReason).HasMaxLength(500);
        builder.Property(l => l.HeadLink).HasMaxLength(64).IsUnicode(false);

        builder.HasOne(l => l.Producer).WithMany().HasForeignKey(l => l.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProductVariant>().WithMany().HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Events).WithOne().HasForeignKey(e => e.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(l => l.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(l => l.Certificates, certificate =>
        {
            certificate.ToTable("LotCertificates");
            certificate.WithOwner().HasForeignKey("LotId");
            certificate.Property<int>("Id");
            certificate.HasKey("Id");
            certificate.Property(c => c.Number).HasMaxLength(60);
            certificate.Property(c => c.Issuer).HasMaxLength(200);
        });
        builder.Navigation(l => l.Certificates).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The resolver looks a lot up by what the QR code says; a lot code is unique within its GTIN (pack size).
        builder.HasIndex(l => new { l.Gtin, l.Code }).IsUnique();
        builder.HasIndex(l => new { l.ProducerId, l.CreatedAtUtc });
        builder.HasIndex(l => new { l.ProductId, l.ProducedOn });
        builder.HasIndex(l => l.VariantId);
    }
}

internal sealed class TraceEventConfiguration : IEntityTypeConfiguration<TraceEvent>
{
    public void Configure(EntityTypeBuilder<TraceEvent> builder)
    {
        builder.RecordedTime(e => e.EventTime, "EventTime");
        builder.ComplexProperty(e => e.Place, place =>
        {
            place.Property(p => p.Uri).HasColumnName("PlaceUri").HasMaxLength(300);
            place.Property(p => p.Name).HasColumnName("PlaceName").HasMaxLength(120);
            place.Property(p => p.Area).HasColumnName("PlaceArea").HasMaxLength(200);
            place.Property(p => p.Latitude).HasColumnName("PlaceLatitude").HasPrecision(9, 6);
            place.Property(p => p.Longitude).HasColumnName("PlaceLongitude").HasPrecision(9, 6);
        });
        builder.Property(e => e.Note).HasMaxLength(TraceEvent.MaxNoteLength);
        builder.Property(e => e.Process).HasMaxLength(120);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.Property(e => e.HashId).HasMaxLength(120).IsUnicode(false);
        builder.Property(e => e.LinkHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.Signature).HasMaxLength(100).IsUnicode(false);
        builder.Property(e => e.KeyId).HasMaxLength(64).IsUnicode(false);

        builder.HasOne(e => e.ErroneousEvent).WithMany().HasForeignKey(e => e.ErroneousEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.CorrectiveEvent).WithMany().HasForeignKey(e => e.CorrectiveEventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Inputs).WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Attachments).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(e => e.Inputs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.IsErrorDeclaration);
        builder.Ignore(e => e.IsSealed);
        builder.Ignore(e => e.Disposition);

        // One record per chain position: two producers' clicks racing to append cannot both win.
        builder.HasIndex(e => new { e.LotId, e.Sequence }).IsUnique();
    }
}

internal sealed class TraceEventInputConfiguration : IEntityTypeConfiguration<TraceEventInput>
{
    public void Configure(EntityTypeBuilder<TraceEventInput> builder)
    {
        builder.Property(i => i.EpcClass).HasMaxLength(120).IsUnicode(false);
        builder.Property(i => i.Quantity).HasPrecision(13, 3);
        builder.HasOne<Lot>().WithMany().HasForeignKey(i => i.InputLotId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TraceAttachmentConfiguration : IEntityTypeConfiguration<TraceAttachment>
{
    public void Configure(EntityTypeBuilder<TraceAttachment> builder)
    {
        builder.Property(a => a.Path).HasMaxLength(300);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.HasIndex(a => a.Path); // a file is looked up by its path when served, and hashed again
    }
}
