using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Conversations;

/// <summary>Who wrote a message in an order part's thread.</summary>
public enum Party
{
    Buyer = 1,
    Producer = 2,
    TradeOffice = 3,
}

/// <summary>
/// The thread between the buyer of one order part and its producer, which the trade office reads and may step into.
/// One per part; kept as evidence for complaints about that part.
/// </summary>
public sealed class Conversation
{
    public const int MaxText = 2000;
    public const int MaxPhotos = 3;
    private readonly List<ConversationMessage> _messages = [];

    private Conversation() { }

    public Conversation(int orderId, int subOrderId, int producerId)
    {
        OrderId = orderId;
        SubOrderId = subOrderId;
        ProducerId = producerId;
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    /// <summary>Unique: one thread per order part.</summary>
    public int SubOrderId { get; private set; }
    public int ProducerId { get; private set; }
    public DateTime? StartedAtUtc { get; private set; }
    /// <summary>When the producer first answered a thread the buyer began: what its reply time is measured by.</summary>
    public DateTime? FirstProducerReplyAtUtc { get; private set; }
    public DateTime? LastMessageAtUtc { get; private set; }
    public Party? StartedBy { get; private set; }
    public IReadOnlyList<ConversationMessage> Messages => _messages;

    public ConversationMessage Write(Party from, string author, string? text, IReadOnlyList<ConversationPhoto> photos, DateTimeOffset now)
    {
        if (!Enum.IsDefined(from)) throw new DomainException("Người gửi không hợp lệ.");
        if (photos.Count > MaxPhotos) throw new DomainException($"Tối đa {MaxPhotos} ảnh mỗi tin nhắn.") { Field = "Photos" };
        var cleaned = VietnameseText.Clean(text);
        if (cleaned.Length > MaxText) throw new DomainException($"Tin nhắn dài tối đa {MaxText} ký tự.") { Field = "Text" };
        if (cleaned.Length == 0 && photos.Count == 0) throw new DomainException("Hãy viết tin nhắn hoặc gửi ảnh.") { Field = "Text" };
        var message = new ConversationMessage(from, author, cleaned, photos, now);
        _messages.Add(message);
        StartedAtUtc ??= now.UtcDateTime;
        StartedBy ??= from;
        if (from == Party.Producer && StartedBy == Party.Buyer) FirstProducerReplyAtUtc ??= now.UtcDateTime;
        LastMessageAtUtc = now.UtcDateTime;
        return message;
    }
}

public sealed class ConversationMessage
{
    private readonly List<ConversationPhoto> _photos = [];

    private ConversationMessage() { }

    internal ConversationMessage(Party from, string author, string text, IReadOnlyList<ConversationPhoto> photos, DateTimeOffset now)
    {
        From = from;
        Author = author;
        Text = text;
        _photos.AddRange(photos);
        SentAtUtc = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int ConversationId { get; private set; }
    public Party From { get; private set; }
    /// <summary>Who sent it, for the trade office's eyes (an account's email, or "người mua" for a guest).</summary>
    public string Author { get; private set; } = "";
    /// <summary>As written; contact details are masked when shown to the other party (<see cref="ContactDetails"/>).</summary>
    public string Text { get; private set; } = "";
    public DateTime SentAtUtc { get; private set; }
    public IReadOnlyList<ConversationPhoto> Photos => _photos;
}

/// <summary>A photo with a message, re-encoded without metadata and kept in the private store.</summary>
public sealed class ConversationPhoto
{
    private ConversationPhoto() { }

    public ConversationPhoto(string storageKey, int width, int height)
    {
        StorageKey = storageKey;
        Width = width;
        Height = height;
    }

    public int Id { get; private set; }
    public int ConversationMessageId { get; private set; }
    public string StorageKey { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
}
