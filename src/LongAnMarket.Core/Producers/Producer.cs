using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>
/// A registered business that sells on the marketplace once the trade office approves it. Its status moves only by
/// the rules below, each move is kept in <see cref="StatusHistory"/>, and an illegal move changes nothing.
/// </summary>
public sealed class Producer
{
    private readonly List<ProducerStatusChange> _statusHistory = [];
    private readonly List<ProducerDocument> _documents = [];

    private Producer() { }

    public Producer(
        string name, string slug, string taxCode, int originAreaId, string address,
        string phone, string email, string description, DateTimeOffset registeredAt, string? ownerUserId = null)
    {
        Name = Required(name, 200, "Tên doanh nghiệp");
        if (!Common.Slug.IsValid(slug)) throw new DomainException($"Đường dẫn '{slug}' không hợp lệ.");
        Slug = slug;
        TaxCode = TaxNumber.Parse(taxCode);
        OriginAreaId = originAreaId;
        Address = Required(address, 300, "Địa chỉ");
        Phone = PhoneNumber.Parse(phone);
        Email = Required(email, 200, "Email");
        if (!System.Net.Mail.MailAddress.TryCreate(Email, out var parsed) || parsed.Address != Email || !Email.Contains('.'))
            throw new DomainException($"Email “{Email}” không hợp lệ.");
        Description = description.Trim();
        RegisteredAt = RecordedTime.From(registeredAt);
        Status = ProducerStatus.Pending;
        OwnerUserId = ownerUserId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string TaxCode { get; private set; } = "";
    public int OriginAreaId { get; private set; }
    public OriginArea? OriginArea { get; private set; }
    public string Address { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string Description { get; private set; } = "";
    public ProducerStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public RecordedTime RegisteredAt { get; private set; }
    /// <summary>The account that applied for this business and manages it; none for businesses an operator imported.</summary>
    public string? OwnerUserId { get; private set; }
    public IReadOnlyList<ProducerStatusChange> StatusHistory => _statusHistory;
    public IReadOnlyList<ProducerDocument> Documents => _documents;

    public bool CanSell => Status == ProducerStatus.Approved;

    /// <summary>The flat shipping fee for one order's part from this producer.</summary>
    public long ShippingFeeDong { get; private set; }
    /// <summary>Goods worth at least this much ship free; none when shipping is never free.</summary>
    public long? FreeShippingFromDong { get; private set; }

    public Ordering.ShippingRate Shipping => new(ShippingFeeDong, FreeShippingFromDong);

    /// <summary>The business's own photo (the farm, the workshop, the people) on its public page: a re-encoded WebP.</summary>
    public string? PhotoPath { get; private set; }
    public int PhotoWidth { get; private set; }
    public int PhotoHeight { get; private set; }

    /// <summary>Sets the photo and returns the one it replaces, whose file the caller removes.</summary>
    public string? SetPhoto(string path, int width, int height)
    {
        var previous = PhotoPath;
        (PhotoPath, PhotoWidth, PhotoHeight) = (path, width, height);
        return previous;
    }

    public void SetShipping(long feeDong, long? freeFromDong)
    {
        if (feeDong is < 0 or > 5_000_000) throw new DomainException("Phí vận chuyển phải từ 0 đến 5.000.000 ₫.");
        if (freeFromDong is < 1 or > Vnd.MaxPrice) throw new DomainException("Mức miễn phí vận chuyển phải lớn hơn 0.");
        ShippingFeeDong = feeDong;
        FreeShippingFromDong = freeFromDong;
    }

    public void Approve(string actor, DateTimeOffset at) =>
        MoveTo(ProducerStatus.Approved, null, actor, at, ProducerStatus.Pending, ProducerStatus.Suspended);

    public void Reject(string reason, string actor, DateTimeOffset at) =>
        MoveTo(ProducerStatus.Rejected, RequiredReason(reason), actor, at, ProducerStatus.Pending);

    public void Suspend(string reason, string actor, DateTimeOffset at) =>
        MoveTo(ProducerStatus.Suspended, RequiredReason(reason), actor, at, ProducerStatus.Approved);

    /// <summary>Links a business an operator registered (no applicant account) to the account that will manage it.</summary>
    public void AssignOwner(string userId)
    {
        if (OwnerUserId is not null && OwnerUserId != userId) throw new DomainException("Doanh nghiệp này đã có tài khoản quản lý.");
        OwnerUserId = userId;
    }

    public ProducerDocument AddDocument(string fileName, string storageKey, string contentType, long sizeBytes, DateTimeOffset uploadedAt)
    {
        if (_documents.Count >= ProducerDocument.MaxPerProducer)
            throw new DomainException($"Mỗi hồ sơ có tối đa {ProducerDocument.MaxPerProducer} tài liệu.");
        var document = new ProducerDocument(fileName, storageKey, contentType, sizeBytes, uploadedAt);
        _documents.Add(document);
        return document;
    }

    private void MoveTo(ProducerStatus target, string? reason, string actor, DateTimeOffset at, params ProducerStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
            throw new DomainException($"Không thể chuyển doanh nghiệp từ trạng thái {Status} sang {target}.");
        var change = new ProducerStatusChange(Status, target, reason, Required(actor, 200, "Người thực hiện"), at);
        _statusHistory.Add(change);
        Status = target;
        StatusReason = reason;
    }

    private static string RequiredReason(string reason) => Required(reason, 500, "Lý do");

    private static string Required(string? value, int maxLength, string field) => VietnameseText.Required(value, maxLength, field);
}
