using LongAnMarket.Infrastructure.Instances;
using LongAnMarket.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100).IsUnicode(false);
        builder.Property(l => l.Holder).HasMaxLength(100);
        builder.Property(l => l.LastRunBy).HasMaxLength(100);
    }
}

internal sealed class SharedValueConfiguration : IEntityTypeConfiguration<SharedValue>
{
    public void Configure(EntityTypeBuilder<SharedValue> builder)
    {
        builder.ToTable("SharedValues");
        builder.HasKey(v => v.Name);
        builder.Property(v => v.Name).HasMaxLength(100).IsUnicode(false);
        builder.Property(v => v.Value).HasMaxLength(1000).IsUnicode(false);
    }
}

internal sealed class SearchIndexReaderConfiguration : IEntityTypeConfiguration<SearchIndexReader>
{
    public void Configure(EntityTypeBuilder<SearchIndexReader> builder)
    {
        builder.ToTable("SearchIndexReaders");
        builder.HasKey(r => r.Reader);
        builder.Property(r => r.Reader).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.Instance).HasMaxLength(100);
    }
}
