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
    private readonly List<IdentityVerification> _verifications = [];

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

    /// <summary>Null for a business registered before legal identity was collected: it gives it at its re-confirmation.</summary>
    public LegalForm? LegalForm { get; private set; }
    public BusinessRegistration? Registration { get; private set; }
    public Representative? Representative { get; private set; }
    /// <summary>When the business last gave or confirmed its identity; a year later it confirms again.</summary>
    public DateTime? IdentityConfirmedUtc { get; private set; }
    /// <summary>The last reminder sent for the current re-confirmation, so each goes once.</summary>
    public ReconfirmationStage ReminderSent { get; private set; }
    /// <summary>Taken off sale because the yearly re-confirmation was not made in time.</summary>
    public bool IdentityLapsed { get; private set; }
    public IReadOnlyList<IdentityVerification> Verifications => _verifications;

    public bool HasIdentity => LegalForm is not null && Registration is not null && Representative is not null;

    /// <summary>Records the legal identity the business gave (at its application or a re-confirmation).</summary>
    public void ConfirmIdentity(LegalForm legalForm, BusinessRegistration registration, Representative representative, DateTimeOffset at)
    {
        if (!Enum.IsDefined(legalForm)) throw new DomainException("Vui lòng chọn loại hình doanh nghiệp.") { Field = "LegalForm" };
        LegalForm = legalForm;
        Registration = registration;
        Representative = representative;
        IdentityConfirmedUtc = at.UtcDateTime;
        ReminderSent = ReconfirmationStage.None;
        EndLapse(at);
    }

    /// <summary>When the identity must next be confirmed: a year (<paramref name="every"/>) after it last was.</summary>
    public DateTimeOffset ReconfirmDue(TimeSpan every) => ReconfirmDue(IdentityConfirmedUtc, RegisteredAt, every);

    /// <summary>The same from the stored values, for a query that reads only them.</summary>
    public static DateTimeOffset ReconfirmDue(DateTime? identityConfirmedUtc, RecordedTime registeredAt, TimeSpan every) =>
        (identityConfirmedUtc is { } confirmed ? new DateTimeOffset(DateTime.SpecifyKind(confirmed, DateTimeKind.Utc)) : registeredAt.ToDateTimeOffset()) + every;

    public IdentityVerification RecordVerification(string method, string checkedBy, DateTimeOffset at, string evidence, string? note)
    {
        if (!HasIdentity) throw new DomainException("Doanh nghiệp chưa khai thông tin định danh (loại hình, đăng ký kinh doanh, người đại diện).");
        var verification = new IdentityVerification(method, checkedBy, at, evidence, note);
        _verifications.Add(verification);
        return verification;
    }

    public void RemindedOf(ReconfirmationStage stage)
    {
        if (stage > ReminderSent) ReminderSent = stage;
    }

    /// <summary>The grace period passed without a re-confirmation: a selling business stops selling until it confirms.</summary>
    public void LapseIdentity(DateTimeOffset at)
    {
        ReminderSent = ReconfirmationStage.Lapsed;
        if (Status != ProducerStatus.Approved) return;
        Suspend(LapseReason, ProducerStatusChange.SystemActor, at);
        IdentityLapsed = true;
    }

    public const string LapseReason =
        "Quá hạn xác nhận lại thông tin định danh hằng năm. Hãy xác nhận lại tại trang Người bán để được bán lại.";

    /// <summary>
    /// Confirmed again after a lapse: the business sells again, unless the trade office has acted on it since (then
    /// the office decides).
    /// </summary>
    private void EndLapse(DateTimeOffset at)
    {
        if (!IdentityLapsed) return;
        IdentityLapsed = false;
        if (Status == ProducerStatus.Suspended && _statusHistory.Count > 0 && _statusHistory[^1] is { Actor: ProducerStatusChange.SystemActor, Reason: LapseReason })
            Approve(ProducerStatusChange.SystemActor, at);
    }

    public bool CanSell => Status == ProducerStatus.Approved;

    /// <summary>The flat shipping fee for one order's part from this producer.</summary>
    public long ShippingFeeDong { get; private set; }
    /// <summary>Goods worth at least this much ship free; none when shipping is never free.</summary>
    public long? FreeShippingFromDong { get; private set; }

    public Ordering.ShippingRate Shipping => new(ShippingFeeDong, FreeShippingFromDong);

    /// <summary>The producer's goods-inspection and returns policy; the marketplace's minimum until it writes its own.</summary>
    public Ordering.ReturnPolicy ReturnPolicy { get; private set; } = Ordering.ReturnPolicy.MinimumOf(Ordering.ReturnMinimum.Default);

    public void SetReturnPolicy(Ordering.ReturnPolicy policy, Ordering.ReturnMinimum minimum)
    {
        if (policy.ProblemsAgainst(minimum) is [var first, ..]) throw first;
        ReturnPolicy = policy.AtLeast(minimum);
    }

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
