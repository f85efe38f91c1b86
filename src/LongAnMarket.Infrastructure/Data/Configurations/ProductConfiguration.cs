using LongAnMarket.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.SortName).HasMaxLength(200);
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.Description).HasMaxLength(Product.MaxDescriptionLength);
        builder.ComplexProperty(p => p.Label, label =>
        {
            label.Property(l => l.Origin).HasColumnName("LabelOrigin").HasMaxLength(200);
            label.Property(l => l.ResponsibleParty).HasColumnName("LabelResponsibleParty").HasMaxLength(400);
            label.Property(l => l.Ingredients).HasColumnName("LabelIngredients").HasMaxLength(ProductLabel.MaxLength);
            label.Property(l => l.Usage).HasColumnName("LabelUsage").HasMaxLength(ProductLabel.MaxLength);
            label.Property(l => l.Storage).HasColumnName("LabelStorage").HasMaxLength(1000);
            label.Property(l => l.Warnings).HasColumnName("LabelWarnings").HasMaxLength(1000);
            label.Property(l => l.ShelfLife).HasColumnName("LabelShelfLife").HasMaxLength(120);
        });
        builder.RecordedTime(p => p.CreatedAt, "CreatedAt");

        builder.HasOne(p => p.Producer).WithMany().HasForeignKey(p => p.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.OriginArea).WithMany().HasForeignKey(p => p.OriginAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Images).WithOne().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Certifications).WithOne().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Variants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Images).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Certifications).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Moderations).WithOne().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Moderations).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => p.Slug).IsUnique();
        // Listing queries filter on IsPublished and the producer's status row by row while walking one of these
        // indexes in the page's sort order, so a 24-product page reads a few dozen index entries at any catalogue
        // size. Booleans never lead: MariaDB treats `WHERE IsPublished` as a range, which would cost the ordering.
        // InnoDB appends the primary key, so (CategoryId) also serves "newest first" within a category.
        builder.HasIndex(p => p.CategoryId);
        builder.HasIndex(p => new { p.CategoryId, p.MinPriceDong });
        builder.HasIndex(p => new { p.CategoryId, p.SortName });
        builder.HasIndex(p => new { p.CategoryId, p.IsFeatured });
        builder.HasIndex(p => p.MinPriceDong);
        builder.HasIndex(p => p.SortName);
        builder.HasIndex(p => new { p.IsFeatured, p.OcopStars });
        builder.Ignore(p => p.Rating);
        builder.HasIndex(p => p.OriginAreaId);
        builder.HasIndex(p => p.ProducerId);
    }
}
