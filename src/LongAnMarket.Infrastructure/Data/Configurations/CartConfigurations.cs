using LongAnMarket.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasIndex(c => c.Token).IsUnique();
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasIndex(c => c.UpdatedAtUtc);
        builder.HasMany(c => c.Lines).WithOne().HasForeignKey(l => l.CartId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CartLineConfiguration : IEntityTypeConfiguration<CartLine>
{
    public void Configure(EntityTypeBuilder<CartLine> builder)
    {
        builder.HasIndex(l => new { l.CartId, l.VariantId }).IsUnique();
        builder.HasOne<Core.Catalog.ProductVariant>().WithMany().HasForeignKey(l => l.VariantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.Property(c => c.Province).HasMaxLength(60);
        builder.Property(c => c.Name).HasMaxLength(80);
        builder.Property(c => c.FoldedName).HasMaxLength(80);
        builder.Property(c => c.Code).HasMaxLength(10);
        builder.HasIndex(c => new { c.Province, c.FoldedName }).IsUnique();
    }
}
