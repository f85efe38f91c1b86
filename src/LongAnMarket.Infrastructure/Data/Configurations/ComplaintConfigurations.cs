using LongAnMarket.Core.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(Complaint.MaxText);
        builder.Property(c => c.LateBecause).HasMaxLength(500);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.PaidDong);
        builder.Ignore(c => c.AwaitsRefund);
        builder.Property(c => c.RefundReference).HasMaxLength(100);
        builder.HasOne<Core.Ordering.Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Ordering.SubOrder>().WithMany().HasForeignKey(c => c.SubOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(c => c.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Steps).WithOne().HasForeignKey(s => s.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(c => c.Photos).WithOne().HasForeignKey(p => p.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => new { c.Status, c.DueAtUtc });
        builder.HasIndex(c => new { c.ProducerId, c.Status });
    }
}

internal sealed class ComplaintLineConfiguration : IEntityTypeConfiguration<ComplaintLine>
{
    public void Configure(EntityTypeBuilder<ComplaintLine> builder)
    {
        builder.ToTable("ComplaintLines");
        builder.Ignore(l => l.PaidDong);
        builder.HasOne<Core.Ordering.OrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ComplaintStepConfiguration : IEntityTypeConfiguration<ComplaintStep>
{
    public void Configure(EntityTypeBuilder<ComplaintStep> builder)
    {
        builder.ToTable("ComplaintSteps");
        builder.Property(s => s.Actor).HasMaxLength(256);
        builder.Property(s => s.Note).HasMaxLength(Complaint.MaxText);
    }
}

internal sealed class ComplaintPhotoConfiguration : IEntityTypeConfiguration<ComplaintPhoto>
{
    public void Configure(EntityTypeBuilder<ComplaintPhoto> builder)
    {
        builder.ToTable("ComplaintPhotos");
        builder.Property(p => p.StorageKey).HasMaxLength(200).IsUnicode(false);
    }
}
