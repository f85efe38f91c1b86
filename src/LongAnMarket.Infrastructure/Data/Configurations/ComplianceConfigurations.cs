using LongAnMarket.Core.Compliance;
using LongAnMarket.Core.Producers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class RulesVersionConfiguration : IEntityTypeConfiguration<RulesVersion>
{
    public void Configure(EntityTypeBuilder<RulesVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Body).HasMaxLength(RulesVersion.MaxBodyLength);
        builder.Property(v => v.Changes).HasMaxLength(4000);
        builder.Property(v => v.PublishedBy).HasMaxLength(200);
        builder.RecordedTime(v => v.PublishedAt, "PublishedAt");
        builder.Ignore(v => v.Path);
        builder.HasIndex(v => v.Number).IsUnique();
    }
}

internal sealed class RulesAcceptanceConfiguration : IEntityTypeConfiguration<RulesAcceptance>
{
    public void Configure(EntityTypeBuilder<RulesAcceptance> builder)
    {
        builder.Property(a => a.AcceptedBy).HasMaxLength(200);
        builder.RecordedTime(a => a.At, "At");
        builder.HasOne<Producer>().WithMany().HasForeignKey(a => a.ProducerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RulesVersion>().WithMany().HasForeignKey(a => a.VersionNumber).HasPrincipalKey(v => v.Number).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.ProducerId, a.VersionNumber }).IsUnique();
    }
}

internal sealed class IdentityVerificationConfiguration : IEntityTypeConfiguration<IdentityVerification>
{
    public void Configure(EntityTypeBuilder<IdentityVerification> builder)
    {
        builder.Property(v => v.Method).HasMaxLength(60).IsUnicode(false);
        builder.Property(v => v.CheckedBy).HasMaxLength(200);
        builder.Property(v => v.Evidence).HasMaxLength(1000);
        builder.Property(v => v.Note).HasMaxLength(1000);
        builder.RecordedTime(v => v.At, "At");
    }
}

internal sealed class AuthorityRequestConfiguration : IEntityTypeConfiguration<AuthorityRequest>
{
    public void Configure(EntityTypeBuilder<AuthorityRequest> builder)
    {
        builder.Property(r => r.Agency).HasMaxLength(200);
        builder.Property(r => r.DocumentNumber).HasMaxLength(60);
        builder.Property(r => r.Subject).HasMaxLength(1000);
        builder.Property(r => r.ActionTaken).HasMaxLength(2000);
        builder.Property(r => r.RecordedBy).HasMaxLength(256);
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(r => r.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AnsweredOn, r.DueOn });
    }
}
