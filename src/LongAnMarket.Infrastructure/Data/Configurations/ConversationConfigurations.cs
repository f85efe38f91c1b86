using LongAnMarket.Core.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LongAnMarket.Infrastructure.Data.Configurations;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.HasOne<Core.Ordering.Order>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Ordering.SubOrder>().WithMany().HasForeignKey(c => c.SubOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Core.Producers.Producer>().WithMany().HasForeignKey(c => c.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.SubOrderId).IsUnique();
        builder.HasIndex(c => new { c.ProducerId, c.LastMessageAtUtc });
        builder.HasIndex(c => new { c.ProducerId, c.StartedAtUtc });
        builder.HasMany(c => c.Messages).WithOne().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("ConversationMessages");
        builder.Property(m => m.Author).HasMaxLength(256);
        builder.Property(m => m.Text).HasMaxLength(Conversation.MaxText);
        builder.HasMany(m => m.Photos).WithOne().HasForeignKey(p => p.ConversationMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ConversationPhotoConfiguration : IEntityTypeConfiguration<ConversationPhoto>
{
    public void Configure(EntityTypeBuilder<ConversationPhoto> builder)
    {
        builder.ToTable("ConversationPhotos");
        builder.Property(p => p.StorageKey).HasMaxLength(200).IsUnicode(false);
    }
}
