using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ProducerDocumentConfiguration : IEntityTypeConfiguration<ProducerDocument>
{
    public void Configure(EntityTypeBuilder<ProducerDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(200);
        builder.Property(d => d.StorageKey).HasMaxLength(300);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.RecordedTime(d => d.UploadedAt, "UploadedAt");
    }
}
