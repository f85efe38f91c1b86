using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.NoticeVersion).HasMaxLength(40);
        builder.Property(c => c.Source).HasMaxLength(40);
        builder.HasOne<MarketUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.UserId, c.Purpose, c.WithdrawnAtUtc });
        builder.HasIndex(c => new { c.Purpose, c.WithdrawnAtUtc });
    }
}

internal sealed class DataRequestConfiguration : IEntityTypeConfiguration<DataRequest>
{
    public void Configure(EntityTypeBuilder<DataRequest> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.Email).HasMaxLength(200);
        builder.Property(r => r.Details).HasMaxLength(2000);
        builder.Property(r => r.Answer).HasMaxLength(2000);
        builder.Property(r => r.AnsweredBy).HasMaxLength(256);
        builder.HasOne<MarketUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.UserId, r.AnsweredAtUtc });
        builder.HasIndex(r => new { r.AnsweredAtUtc, r.DueOn });
    }
}

internal sealed class DataBreachConfiguration : IEntityTypeConfiguration<DataBreach>
{
    public void Configure(EntityTypeBuilder<DataBreach> builder)
    {
        builder.Property(b => b.Summary).HasMaxLength(2000);
        builder.Property(b => b.DataAffected).HasMaxLength(500);
        builder.Property(b => b.AuthorityReference).HasMaxLength(120);
        builder.Property(b => b.RecordedBy).HasMaxLength(256);
        builder.HasIndex(b => b.DiscoveredAtUtc);
    }
}
