using LongAnMarket.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class SearchIndexChangeConfiguration : IEntityTypeConfiguration<SearchIndexChange>
{
    public void Configure(EntityTypeBuilder<SearchIndexChange> builder)
    {
        builder.ToTable("SearchIndexChanges");
        // No foreign keys: a row must outlive the product or producer it names, so the index learns it is gone. Indexes
        // read it by ID from their position on: the primary key is the only index it needs.
    }
}
