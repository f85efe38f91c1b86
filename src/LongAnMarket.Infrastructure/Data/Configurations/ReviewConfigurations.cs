using LongAnMarket.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(Review.MaxText);
        builder.Property(r => r.PackSize).HasMaxLength(100);
        builder.Property(r => r.AuthorName).HasMaxLength(120);
        builder.Property(r => r.Reply).HasMaxLength(Review.MaxText);
        builder.Property(r => r.HiddenBecause).HasMaxLength(500);
        builder.Property(r => r.ModeratedBy).HasMaxLength(256);
        builder.Ignore(r => r.IsHidden);
        builder.Ignore(r => r.AwaitsModeration);
        builder.HasOne<Core.Ordering.Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Ordering.SubOrder>().WithMany().HasForeignKey(r => r.SubOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Ordering.OrderLine>().WithMany().HasForeignKey(r => r.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Catalog.Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(r => r.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.OrderLineId).IsUnique();
        builder.HasIndex(r => new { r.ProductId, r.HiddenAtUtc, r.WrittenAtUtc });
        builder.HasIndex(r => new { r.ProducerId, r.WrittenAtUtc });
        builder.HasMany(r => r.Photos).WithOne().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Reports).WithOne().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Reports).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReviewPhotoConfiguration : IEntityTypeConfiguration<ReviewPhoto>
{
    public void Configure(EntityTypeBuilder<ReviewPhoto> builder)
    {
        builder.ToTable("ReviewPhotos");
        builder.Property(p => p.Path).HasMaxLength(300).IsUnicode(false);
        builder.Property(p => p.ThumbnailPath).HasMaxLength(300).IsUnicode(false);
    }
}

internal sealed class ReviewReportConfiguration : IEntityTypeConfiguration<ReviewReport>
{
    public void Configure(EntityTypeBuilder<ReviewReport> builder)
    {
        builder.ToTable("ReviewReports");
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.ReviewId, r.UserId }).IsUnique();
        builder.HasIndex(r => r.ResolvedAtUtc);
    }
}
