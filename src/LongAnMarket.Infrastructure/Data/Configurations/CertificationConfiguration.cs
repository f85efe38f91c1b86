using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(60);
        builder.Property(c => c.Issuer).HasMaxLength(200);
        builder.Property(c => c.ConfirmedBy).HasMaxLength(200);
        builder.HasOne<Producer>().WithMany().HasForeignKey(c => c.ProducerId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Certifications_OneHolder", "(ProductId IS NULL) <> (ProducerId IS NULL)"));
    }
}
