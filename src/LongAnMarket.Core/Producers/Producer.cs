using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>A registered business that sells on the marketplace once the trade office approves it.</summary>
public sealed class Producer
{
    private Producer() { }

    public Producer(
        string name, string slug, string taxCode, int originAreaId, string address,
        string phone, string email, string description, DateTimeOffset registeredAt)
    {
        Name = Required(name, 200, "Tên doanh nghiệp");
        if (!Common.Slug.IsValid(slug)) throw new DomainException($"Đường dẫn '{slug}' không hợp lệ.");
        Slug = slug;
        TaxCode = Required(taxCode, 20, "Mã số thuế");
        OriginAreaId = originAreaId;
        Address = Required(address, 300, "Địa chỉ");
        Phone = Required(phone, 20, "Số điện thoại");
        Email = Required(email, 200, "Email");
        Description = description.Trim();
        RegisteredAt = RecordedTime.From(registeredAt);
        Status = ProducerStatus.Pending;
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

    public bool CanSell => Status == ProducerStatus.Approved;

    public void Approve() => MoveTo(ProducerStatus.Approved, null, ProducerStatus.Pending, ProducerStatus.Suspended);

    public void Reject(string reason) => MoveTo(ProducerStatus.Rejected, RequiredReason(reason), ProducerStatus.Pending);

    public void Suspend(string reason) => MoveTo(ProducerStatus.Suspended, RequiredReason(reason), ProducerStatus.Approved);

    private void MoveTo(ProducerStatus target, string? reason, params ProducerStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
            throw new DomainException($"Không thể chuyển doanh nghiệp từ trạng thái {Status} sang {target}.");
        Status = target;
        StatusReason = reason;
    }

    private static string RequiredReason(string reason) => Required(reason, 500, "Lý do");

    private static string Required(string? value, int maxLength, string field)
    {
        var cleaned = VietnameseText.Clean(value);
        if (cleaned.Length == 0) throw new DomainException($"{field} không được để trống.");
        if (cleaned.Length > maxLength) throw new DomainException($"{field} dài quá {maxLength} ký tự.");
        return cleaned;
    }
}
