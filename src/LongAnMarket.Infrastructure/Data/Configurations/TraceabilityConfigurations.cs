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
        builder.HasIndex(s => new { s.LotId, s.LaterChecks });
        builder.HasIndex(s => new { s.BatchId, s.Id });
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
        builder.HasIndex(r => new { r.ClosedAtUtc, r.ReportedAtUtc });
    }
}
