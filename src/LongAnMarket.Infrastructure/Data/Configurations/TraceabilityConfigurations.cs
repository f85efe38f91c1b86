using LongAnMarket.Core.Producers;
using LongAnMarket.Core.Traceability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class TraceLocationConfiguration : IEntityTypeConfiguration<TraceLocation>
{
    public void Configure(EntityTypeBuilder<TraceLocation> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(120);
        builder.Property(l => l.Area).HasMaxLength(200);
        builder.Property(l => l.Latitude).HasPrecision(9, 6);
        builder.Property(l => l.Longitude).HasPrecision(9, 6);
        builder.Property(l => l.Gln).HasMaxLength(13).IsUnicode(false);
        builder.HasOne<Producer>().WithMany().HasForeignKey(l => l.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.ProducerId, l.Name }).IsUnique();
    }
}

internal sealed class LotSerialConfiguration : IEntityTypeConfiguration<LotSerial>
{
    public void Configure(EntityTypeBuilder<LotSerial> builder)
    {
        builder.Property(s => s.Value).HasMaxLength(20).IsUnicode(false);
        builder.HasOne<Lot>().WithMany().HasForeignKey(s => s.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.LotId, s.Value }).IsUnique();
        builder.HasIndex(s => new { s.LotId, s.LaterConfirmations });
        builder.HasIndex(s => new { s.BatchId, s.Id });
    }
}

internal sealed class SerialConfirmationConfiguration : IEntityTypeConfiguration<SerialConfirmation>
{
    public void Configure(EntityTypeBuilder<SerialConfirmation> builder)
    {
        builder.Property(c => c.ClientHash).HasMaxLength(16).IsUnicode(false);
        builder.HasOne<LotSerial>().WithMany().HasForeignKey(c => c.SerialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.SerialId, c.ClientHash }).IsUnique();
    }
}

internal sealed class SerialBatchConfiguration : IEntityTypeConfiguration<SerialBatch>
{
    public void Configure(EntityTypeBuilder<SerialBatch> builder)
    {
        builder.Property(b => b.Actor).HasMaxLength(200);
        builder.Ignore(b => b.IsComplete);
        builder.Ignore(b => b.PercentDone);
        builder.HasOne<Lot>().WithMany().HasForeignKey(b => b.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.CompletedAtUtc, b.Id });
        builder.HasIndex(b => b.LotId);
    }
}

internal sealed class ScanConfiguration : IEntityTypeConfiguration<Scan>
{
    public void Configure(EntityTypeBuilder<Scan> builder)
    {
        builder.Property(s => s.ClientHash).HasMaxLength(16).IsUnicode(false);
        // No foreign keys: a million-row log written in batches should not pay for them; lots are never deleted.
        builder.HasIndex(s => new { s.LotId, s.ScannedAtUtc });
        builder.HasIndex(s => new { s.SerialId, s.ScannedAtUtc });
    }
}

internal sealed class CounterfeitReportConfiguration : IEntityTypeConfiguration<CounterfeitReport>
{
    public void Configure(EntityTypeBuilder<CounterfeitReport> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(300);
        builder.Property(r => r.Message).HasMaxLength(2000);
        builder.Property(r => r.Contact).HasMaxLength(200);
        builder.Property(r => r.ClientHash).HasMaxLength(16).IsUnicode(false);
        builder.Property(r => r.ClosedBy).HasMaxLength(200);
        builder.Property(r => r.Resolution).HasMaxLength(500);
        builder.HasOne(r => r.Lot).WithMany().HasForeignKey(r => r.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Complaint).WithMany().HasForeignKey(r => r.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ClosedAtUtc, r.ReportedAtUtc });
        builder.HasMany(r => r.Photos).WithOne().HasForeignKey(p => p.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CounterfeitReportPhotoConfiguration : IEntityTypeConfiguration<CounterfeitReportPhoto>
{
    public void Configure(EntityTypeBuilder<CounterfeitReportPhoto> builder)
    {
        builder.ToTable("CounterfeitReportPhotos");
        builder.Property(p => p.StorageKey).HasMaxLength(200).IsUnicode(false);
    }
}

internal sealed class TraceLogEntryConfiguration : IEntityTypeConfiguration<TraceLogEntry>
{
    public void Configure(EntityTypeBuilder<TraceLogEntry> builder)
    {
        builder.ToTable("TraceLog");
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.LotUri).HasMaxLength(300).IsUnicode(false);
        builder.Property(e => e.HeadLink).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.KeyId).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.Signature).HasMaxLength(100).IsUnicode(false);
        builder.Property(e => e.EntryHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(e => e.AnchorPath).HasMaxLength(2000).IsUnicode(false);
        builder.HasOne(e => e.Lot).WithMany().HasForeignKey(e => e.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => new { e.LotId, e.Sequence });
    }
}

internal sealed class TraceAnchorConfiguration : IEntityTypeConfiguration<TraceAnchor>
{
    public void Configure(EntityTypeBuilder<TraceAnchor> builder)
    {
        builder.Property(a => a.Root).HasMaxLength(64).IsUnicode(false);
        builder.Property(a => a.Authority).HasMaxLength(200);
        builder.Ignore(a => a.Size);
        builder.HasIndex(a => a.FirstSequence).IsUnique();
        builder.HasIndex(a => a.LastSequence);
    }
}

internal sealed class TraceSigningKeyConfiguration : IEntityTypeConfiguration<Traceability.TraceSigningKey>
{
    public void Configure(EntityTypeBuilder<Traceability.TraceSigningKey> builder)
    {
        builder.Property(k => k.KeyId).HasMaxLength(64).IsUnicode(false);
        builder.Property(k => k.PublicJwk).HasMaxLength(400).IsUnicode(false);
        builder.Property(k => k.PrivateKey).HasMaxLength(2000).IsUnicode(false);
        builder.Ignore(k => k.IsCurrent);
        builder.HasIndex(k => k.KeyId).IsUnique();
    }
}
