using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class BankTransferConfiguration : IEntityTypeConfiguration<BankTransfer>
{
    public void Configure(EntityTypeBuilder<BankTransfer> builder)
    {
        builder.Property(t => t.TransactionId).HasMaxLength(64).IsUnicode(false);
        builder.Property(t => t.Purpose).HasMaxLength(255);
        builder.Property(t => t.Note).HasMaxLength(500);
        builder.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(t => t.TransactionId).IsUnique();
        builder.HasIndex(t => new { t.Outcome, t.Id });
        builder.HasIndex(t => t.OrderId);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reference).HasMaxLength(100);
        builder.Property(e => e.Actor).HasMaxLength(200);
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(e => e.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProducerId, e.Id });
        // A sub-order's sale and commission are booked once, however many times its payment is confirmed; each refund
        // (a complaint's, the whole part's) once under its own reference.
        builder.HasIndex(e => new { e.SubOrderId, e.Kind, e.Reference }).IsUnique();
    }
}

internal sealed class StripeEventReceiptConfiguration : IEntityTypeConfiguration<StripeEventReceipt>
{
    public void Configure(EntityTypeBuilder<StripeEventReceipt> builder)
    {
        builder.HasKey(r => r.EventId);
        builder.Property(r => r.EventId).HasMaxLength(100).IsUnicode(false);
        builder.Property(r => r.Type).HasMaxLength(100);
    }
}

internal sealed class PayOsLinkConfiguration : IEntityTypeConfiguration<PayOsLink>
{
    public void Configure(EntityTypeBuilder<PayOsLink> builder)
    {
        builder.Property(l => l.Account).HasMaxLength(40).IsUnicode(false);
        builder.Property(l => l.Description).HasMaxLength(25);
        builder.Property(l => l.PaymentLinkId).HasMaxLength(64).IsUnicode(false);
        builder.Property(l => l.CheckoutUrl).HasMaxLength(500).IsUnicode(false);
        builder.HasIndex(l => new { l.Account, l.PayOsCode }).IsUnique();
        builder.HasIndex(l => l.OrderId);
        builder.HasIndex(l => new { l.SettledAtUtc, l.CreatedAtUtc });
        builder.HasOne<Core.Ordering.Order>().WithMany().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MerchantAccountConfiguration : IEntityTypeConfiguration<MerchantAccount>
{
    public void Configure(EntityTypeBuilder<MerchantAccount> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(40).IsUnicode(false);
        builder.Property(a => a.Provider).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.ProtectedCredentials).HasMaxLength(4000).IsUnicode(false);
        builder.HasIndex(a => new { a.Provider, a.Key }).IsUnique();
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(a => a.ProducerId).OnDelete(DeleteBehavior.Restrict);
    }
}
