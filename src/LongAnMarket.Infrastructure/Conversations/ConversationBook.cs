using LongAnMarket.Core.Common;
using LongAnMarket.Core.Conversations;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Conversations;

/// <summary>
/// Messages between an order part's buyer and its producer, with the trade office stepping in: each saved with its
/// photos (through the image pipeline, into the private store), then the other side is mailed a link, never the words.
/// </summary>
public sealed class ConversationBook(MarketDbContext db, IPrivateFileStore files, IConversationNotifier notifier, TimeProvider clock)
{
    public Task<Conversation?> FindAsync(int subOrderId, CancellationToken ct) =>
        db.Conversations.AsNoTracking().Include(c => c.Messages).ThenInclude(m => m.Photos).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.SubOrderId == subOrderId, ct);

    public async Task<ConversationMessage> WriteAsync(int orderId, int subOrderId, Party from, string author, string? text,
        IReadOnlyList<UploadedFile> photos, CancellationToken ct)
    {
        var part = await db.SubOrders.AsNoTracking().Where(s => s.Id == subOrderId && s.OrderId == orderId)
            .Select(s => new { s.Id, s.ProducerId }).FirstOrDefaultAsync(ct) ?? throw new DomainException("Phần đơn này không thuộc đơn hàng.");
        if (photos.Count > Conversation.MaxPhotos) throw new DomainException($"Tối đa {Conversation.MaxPhotos} ảnh mỗi tin nhắn.") { Field = "Photos" };
        var images = await ProductImageProcessor.ProcessAllAsync(photos, ct);
        var stored = images.Select(i => new ConversationPhoto($"messages/{Guid.NewGuid():N}.webp", i.Width, i.Height)).ToList();
        var saved = new List<string>();
        ConversationMessage message;
        try
        {
            for (var i = 0; i < images.Count; i++)
            {
                await files.SaveAsync(stored[i].StorageKey, new MemoryStream(images[i].Display), ct);
                saved.Add(stored[i].StorageKey);
            }
            message = await AppendAsync(orderId, part.Id, part.ProducerId, from, author, text, stored, ct);
        }
        catch
        {
            foreach (var key in saved) await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        await notifier.NewMessageAsync(subOrderId, from, ct);
        return message;
    }

    /// <summary>The part's thread gets the message; the first message of a part opens its thread (one, by a unique index).</summary>
    private async Task<ConversationMessage> AppendAsync(int orderId, int subOrderId, int producerId, Party from, string author, string? text,
        IReadOnlyList<ConversationPhoto> photos, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var conversation = await db.Conversations.Include(c => c.Messages).FirstOrDefaultAsync(c => c.SubOrderId == subOrderId, ct);
            if (conversation is null) db.Conversations.Add(conversation = new Conversation(orderId, subOrderId, producerId));
            var message = conversation.Write(from, author, text, photos, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return message;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear(); // the other side opened the thread at the same moment: write into theirs
            }
        }
    }

    /// <summary>Median hours from a buyer's first message to the producer's first answer, over threads begun in the last 30 days; null under 5.</summary>
    public async Task<double?> MedianReplyHoursAsync(int producerId, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var replies = await db.Conversations.AsNoTracking()
            .Where(c => c.ProducerId == producerId && c.StartedBy == Party.Buyer && c.StartedAtUtc >= since && c.FirstProducerReplyAtUtc != null)
            .Select(c => new { c.StartedAtUtc, c.FirstProducerReplyAtUtc }).ToListAsync(ct);
        if (replies.Count < 5) return null;
        var hours = replies.Select(r => (r.FirstProducerReplyAtUtc!.Value - r.StartedAtUtc!.Value).TotalHours).Order().ToList();
        return hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[hours.Count / 2 - 1] + hours[hours.Count / 2]) / 2;
    }
}

/// <summary>Tells the other side of a thread (and the trade office's sender's counterparts) that a message arrived, with a link.</summary>
public interface IConversationNotifier
{
    Task NewMessageAsync(int subOrderId, Party from, CancellationToken ct);
}
