using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Core.Reviews;

/// <summary>
/// A buyer's stars and words about one line of a delivered order part: one per line, shown with "Đã mua hàng" and the
/// pack size bought, under a masked name. The producer may answer once, in public; the trade office may hide it for a
/// reason after someone reports it. Nobody edits it.
/// </summary>
public sealed class Review
{
    public const int MaxPhotos = 5;
    public const int MaxText = 2000;
    private readonly List<ReviewPhoto> _photos = [];
    private readonly List<ReviewReport> _reports = [];

    private Review() { }

    public Review(int orderId, SubOrder part, OrderLine line, int stars, string? text, string buyerName, bool byAccount,
        IReadOnlyList<ReviewPhoto> photos, DateTimeOffset now)
    {
        if (part.Status != SubOrderStatus.Delivered) throw new DomainException("Chỉ đánh giá được sản phẩm đã nhận.");
        if (!part.Lines.Contains(line)) throw new DomainException("Sản phẩm này không thuộc đơn hàng.");
        if (stars is < 1 or > 5) throw new DomainException("Hãy chọn từ 1 đến 5 sao.") { Field = "Stars" };
        if (photos.Count > MaxPhotos) throw new DomainException($"Tối đa {MaxPhotos} ảnh.") { Field = "Photos" };
        Text = VietnameseText.Clean(text);
        if (Text.Length > MaxText) throw new DomainException($"Nhận xét dài tối đa {MaxText} ký tự.") { Field = "Text" };
        OrderId = orderId;
        SubOrderId = part.Id;
        OrderLineId = line.Id;
        ProductId = line.ProductId;
        ProducerId = part.ProducerId;
        PackSize = line.PackSize;
        Stars = stars;
        AuthorName = ReviewerName.Masked(buyerName, byAccount);
        _photos.AddRange(photos);
        WrittenAtUtc = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int SubOrderId { get; private set; }
    /// <summary>One review per order line (a unique index): the buyer of two packs in one line reviews them once.</summary>
    public int OrderLineId { get; private set; }
    public int ProductId { get; private set; }
    public int ProducerId { get; private set; }
    public string PackSize { get; private set; } = "";
    public int Stars { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The buyer as the public sees them: never the name typed at checkout.</summary>
    public string AuthorName { get; private set; } = "";
    public DateTime WrittenAtUtc { get; private set; }
    public string? Reply { get; private set; }
    public DateTime? RepliedAtUtc { get; private set; }
    public DateTime? HiddenAtUtc { get; private set; }
    public string? HiddenBecause { get; private set; }
    public string? ModeratedBy { get; private set; }
    public bool IsHidden => HiddenAtUtc is not null;
    public IReadOnlyList<ReviewPhoto> Photos => _photos;
    public IReadOnlyList<ReviewReport> Reports => _reports;
    public bool AwaitsModeration => !IsHidden && _reports.Any(r => r.ResolvedAtUtc is null);

    /// <summary>The producer's one public answer.</summary>
    public void ReplyByProducer(string text, DateTimeOffset now)
    {
        if (Reply is not null) throw new DomainException("Bạn đã trả lời đánh giá này.");
        if (IsHidden) throw new DomainException("Đánh giá này đã bị ẩn.");
        Reply = VietnameseText.Required(text, MaxText, "Trả lời");
        RepliedAtUtc = now.UtcDateTime;
    }

    /// <summary>Someone signed in thinks it breaks the rules; once per person, and never about a hidden review.</summary>
    public void Report(string userId, string reason, DateTimeOffset now)
    {
        if (IsHidden) throw new DomainException("Đánh giá này đã bị ẩn.");
        if (_reports.Any(r => r.UserId == userId)) throw new DomainException("Bạn đã báo cáo đánh giá này; Ban quản lý sàn đang xem xét.");
        _reports.Add(new ReviewReport(userId, VietnameseText.Required(reason, 500, "Lý do báo cáo"), now));
    }

    /// <summary>The trade office keeps it: the reports so far are answered.</summary>
    public void Keep(string actor, DateTimeOffset now)
    {
        if (!AwaitsModeration) throw new DomainException("Đánh giá này không có báo cáo nào đang chờ.");
        Resolve(actor, now);
    }

    /// <summary>The trade office hides it, for a reason the author is told; it no longer counts in the average.</summary>
    public void Hide(string reason, string actor, DateTimeOffset now)
    {
        if (IsHidden) throw new DomainException("Đánh giá này đã bị ẩn.");
        HiddenBecause = VietnameseText.Required(reason, 500, "Lý do ẩn");
        HiddenAtUtc = now.UtcDateTime;
        Resolve(actor, now);
    }

    private void Resolve(string actor, DateTimeOffset now)
    {
        ModeratedBy = actor;
        foreach (var report in _reports.Where(r => r.ResolvedAtUtc is null)) report.Resolve(now);
    }
}

/// <summary>A photo with the review, re-encoded like a product photo (no metadata), public like the review.</summary>
public sealed class ReviewPhoto
{
    private ReviewPhoto() { }

    public ReviewPhoto(string path, string thumbnailPath, int width, int height)
    {
        Path = path;
        ThumbnailPath = thumbnailPath;
        Width = width;
        Height = height;
    }

    public int Id { get; private set; }
    public int ReviewId { get; private set; }
    public string Path { get; private set; } = "";
    public string ThumbnailPath { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
}

public sealed class ReviewReport
{
    private ReviewReport() { }

    internal ReviewReport(string userId, string reason, DateTimeOffset now)
    {
        UserId = userId;
        Reason = reason;
        ReportedAtUtc = now.UtcDateTime;
    }

    public int Id { get; private set; }
    public int ReviewId { get; private set; }
    public string UserId { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTime ReportedAtUtc { get; private set; }
    public DateTime? ResolvedAtUtc { get; private set; }

    internal void Resolve(DateTimeOffset now) => ResolvedAtUtc = now.UtcDateTime;
}

/// <summary>
/// How a reviewer is named in public: a guest by the initial of the given name (the last word: "Nguyễn Thị Lan" is
/// "Khách hàng L***"), an account by the first and last letters of its display name ("L***n").
/// </summary>
public static class ReviewerName
{
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public static string Masked(string name, bool byAccount)
    {
        var words = VietnameseText.Clean(name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetter).ToArray())).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return "Khách hàng";
        if (!byAccount) return $"Khách hàng {char.ToUpper(words[^1][0], Vietnamese)}***";
        var letters = string.Concat(words);
        return letters.Length > 2 ? $"{char.ToUpper(letters[0], Vietnamese)}***{letters[^1]}" : $"{char.ToUpper(letters[0], Vietnamese)}***";
    }
}
