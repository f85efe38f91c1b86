using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProducerStatusChangeConfiguration : IEntityTypeConfiguration<ProducerStatusChange>
{
    public void Configure(EntityTypeBuilder<ProducerStatusChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.RecordedTime(c => c.At, "At");
        builder.HasIndex(c => new { c.ProducerId, c.Id });
    }
}
