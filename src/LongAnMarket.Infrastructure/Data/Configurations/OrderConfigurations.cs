using LongAnMarket.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(12).IsUnicode(false);
        builder.Property(o => o.AccessKey).HasMaxLength(32).IsUnicode(false);
        builder.Property(o => o.UserId).HasMaxLength(450);
        builder.Property(o => o.HolderKey).HasMaxLength(460).IsUnicode(false);
        builder.Property(o => o.ClientHash).HasMaxLength(16).IsUnicode(false);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.PaymentMethod).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.PaymentReference).HasMaxLength(100);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.OwnsOne(o => o.InvoiceRequest, invoice =>
        {
            invoice.Property(i => i.CompanyName).HasColumnName("InvoiceCompanyName").HasMaxLength(200);
            invoice.Property(i => i.TaxCode).HasColumnName("InvoiceTaxCode").HasMaxLength(14);
            invoice.Property(i => i.Address).HasColumnName("InvoiceAddress").HasMaxLength(300);
            invoice.Property(i => i.Email).HasColumnName("InvoiceEmail").HasMaxLength(200);
        });
        builder.ComplexProperty(o => o.Buyer, buyer =>
        {
            buyer.Property(b => b.Name).HasColumnName("BuyerName").HasMaxLength(100);
            buyer.Property(b => b.Phone).HasColumnName("BuyerPhone").HasMaxLength(16);
            buyer.Property(b => b.Email).HasColumnName("BuyerEmail").HasMaxLength(200);
            buyer.Property(b => b.Province).HasColumnName("BuyerProvince").HasMaxLength(60);
            buyer.Property(b => b.Commune).HasColumnName("BuyerCommune").HasMaxLength(80);
            buyer.Property(b => b.Street).HasColumnName("BuyerStreet").HasMaxLength(200);
            buyer.Property(b => b.Note).HasColumnName("BuyerNote").HasMaxLength(500);
        });
        builder.Ignore(o => o.PlacedAt);
        builder.Ignore(o => o.PayBy);
        builder.Ignore(o => o.HoldsStock);

        builder.HasMany(o => o.SubOrders).WithOne(s => s.Order).HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.SubOrders).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(o => o.History).WithOne().HasForeignKey("OrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.History).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(o => o.Code).IsUnique();
        builder.HasIndex(o => o.CheckoutToken).IsUnique();
        builder.HasIndex(o => new { o.UserId, o.PlacedAtUtc });
        // The expiry job's scan: unpaid orders by deadline.
        builder.HasIndex(o => new { o.Status, o.PayByUtc });
        builder.HasIndex(o => new { o.HolderKey, o.Status });
        builder.HasIndex(o => new { o.ClientHash, o.Status });
        builder.HasIndex(o => o.PlacedAtUtc);
    }
}

internal sealed class SubOrderConfiguration : IEntityTypeConfiguration<SubOrder>
{
    public void Configure(EntityTypeBuilder<SubOrder> builder)
    {
        builder.Property(s => s.ProducerName).HasMaxLength(200);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Carrier).HasMaxLength(80);
        builder.Property(s => s.TrackingNumber).HasMaxLength(60);
        builder.Property(s => s.RefundReference).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.ReturnPolicy(s => s.ReturnTerms);
        builder.Property(s => s.InvoiceKind).HasConversion<string>().HasMaxLength(8);
        builder.OwnsOne(s => s.Invoice, invoice =>
        {
            invoice.Property(i => i.Series).HasColumnName("InvoiceSeries").HasMaxLength(20);
            invoice.Property(i => i.Number).HasColumnName("InvoiceNumber").HasMaxLength(20);
            invoice.Property(i => i.LookupCode).HasColumnName("InvoiceLookupCode").HasMaxLength(60);
            invoice.Property(i => i.IssuedAtUtc).HasColumnName("InvoiceIssuedAtUtc");
        });
        builder.Ignore(s => s.IsSettled);
        builder.Ignore(s => s.WasPaid);
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(s => s.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SubOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.History).WithOne().HasForeignKey("SubOrderId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => new { s.ProducerId, s.Status, s.Id });
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.Property(l => l.ProductName).HasMaxLength(200);
        builder.Property(l => l.PackSize).HasMaxLength(60);
        builder.Ignore(l => l.TotalDong);
        // No foreign keys to the catalogue: an order line is a snapshot and outlives edits to what it names.
        builder.HasIndex(l => l.VariantId);
        builder.HasMany(l => l.Lots).WithOne().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Lots).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderLineLotConfiguration : IEntityTypeConfiguration<OrderLineLot>
{
    public void Configure(EntityTypeBuilder<OrderLineLot> builder)
    {
        builder.Property(l => l.LotCode).HasMaxLength(20);
        builder.HasOne<Core.Traceability.Lot>().WithMany().HasForeignKey(l => l.LotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.LotId);
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<StatusChange<OrderStatus>>
{
    public void Configure(EntityTypeBuilder<StatusChange<OrderStatus>> builder) => builder.StatusChanges("OrderStatusChanges");
}

internal sealed class SubOrderStatusChangeConfiguration : IEntityTypeConfiguration<StatusChange<SubOrderStatus>>
{
    public void Configure(EntityTypeBuilder<StatusChange<SubOrderStatus>> builder) => builder.StatusChanges("SubOrderStatusChanges");
}

internal static class StatusChangeMapping
{
    public static void StatusChanges<TStatus>(this EntityTypeBuilder<StatusChange<TStatus>> builder, string table) where TStatus : struct, Enum
    {
        builder.ToTable(table);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.At).HasConversion(at => at.UtcDateTime, utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
    }
}
