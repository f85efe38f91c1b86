using LongAnMarket.Core.Common;
using LongAnMarket.Core.Complaints;

namespace LongAnMarket.Core.Traceability;

/// <summary>A consumer's "this looks fake" from a provenance or unknown-code page; the trade office works the queue.</summary>
public sealed class CounterfeitReport
{
    private CounterfeitReport() { }

    public CounterfeitReport(string code, int? lotId, string message, string? contact, string clientHash, DateTimeOffset now)
    {
        Code = code.Length > 300 ? code[..300] : code;
        LotId = lotId;
        Message = VietnameseText.Clean(message);
        if (Message.Length is < 5 or > 2000) throw new DomainException("Hãy mô tả điều bạn thấy (từ 5 đến 2.000 ký tự).");
        Contact = VietnameseText.Clean(contact) is { Length: > 0 } cleaned ? cleaned : null;
        if (Contact?.Length > 200) throw new DomainException("Thông tin liên hệ dài quá 200 ký tự.");
        ClientHash = clientHash;
        ReportedAtUtc = now.UtcDateTime;
    }

    /// <summary>
    /// A buyer's "suspected fake" complaint put in the same queue, once per lot the packs came from (or once without a
    /// lot), so the trade office sees it beside what consumers reported about that lot.
    /// </summary>
    public static CounterfeitReport FromComplaint(Complaint complaint, string orderCode, string code, int? lotId, DateTimeOffset now)
    {
        var message = $"Khiếu nại về đơn {orderCode}: {complaint.Description}";
        return new CounterfeitReport(code, lotId, message.Length > 2000 ? message[..2000] : message, null, FromComplaintHash, now) { Complaint = complaint };
    }

    public const string FromComplaintHash = "complaint";

    public int Id { get; private set; }
    /// <summary>The complaint this report came from; null for a consumer's report from a scan.</summary>
    public int? ComplaintId { get; private set; }
    public Complaint? Complaint { get; private set; }
    public string Code { get; private set; } = "";
    public int? LotId { get; private set; }
    public Lot? Lot { get; private set; }
    public string Message { get; private set; } = "";
    public string? Contact { get; private set; }
    public string ClientHash { get; private set; } = "";
    public DateTime ReportedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public string? ClosedBy { get; private set; }
    public string? Resolution { get; private set; }

    public const int MaxPhotos = 3;
    private readonly List<CounterfeitReportPhoto> _photos = [];
    public IReadOnlyList<CounterfeitReportPhoto> Photos => _photos;

    /// <summary>A photo of the package, already re-encoded (no metadata) and kept in the private store under <paramref name="storageKey"/>.</summary>
    public void AddPhoto(string storageKey, int width, int height)
    {
        if (_photos.Count >= MaxPhotos) throw new DomainException($"Gửi tối đa {MaxPhotos} ảnh.") { Field = "Photos" };
        _photos.Add(new CounterfeitReportPhoto(storageKey, width, height));
    }

    public void Close(string resolution, string actor, DateTimeOffset now)
    {
        if (ClosedAtUtc is not null) throw new DomainException("Báo cáo này đã được xử lý.");
        Resolution = VietnameseText.Clean(resolution);
        if (Resolution.Length is 0 or > 500) throw new DomainException("Hãy ghi kết quả xử lý (tối đa 500 ký tự).");
        ClosedBy = actor;
        ClosedAtUtc = now.UtcDateTime;
    }
}
