using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Privacy;

/// <summary>
/// A personal-data breach as the register keeps it: what happened, whose data, when it was found, and when the
/// authority and the people affected were told. The authority must be told within a set number of hours of discovery.
/// </summary>
public sealed class DataBreach
{
    private DataBreach() { }

    public DataBreach(string summary, string dataAffected, int? peopleAffected, DateTimeOffset discoveredAt, TimeSpan notifyWithin,
        string recordedBy, DateTimeOffset now)
    {
        Summary = VietnameseText.Required(summary, 2000, "Mô tả sự cố");
        DataAffected = VietnameseText.Required(dataAffected, 500, "Dữ liệu bị ảnh hưởng");
        if (peopleAffected < 0) throw new DomainException("Số người bị ảnh hưởng không thể âm.") { Field = "PeopleAffected" };
        if (discoveredAt > now) throw new DomainException("Thời điểm phát hiện không thể ở tương lai.") { Field = "DiscoveredAt" };
        PeopleAffected = peopleAffected;
        DiscoveredAtUtc = discoveredAt.UtcDateTime;
        NotifyByUtc = (discoveredAt + notifyWithin).UtcDateTime;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public string Summary { get; private set; } = "";
    public string DataAffected { get; private set; } = "";
    public int? PeopleAffected { get; private set; }
    public DateTime DiscoveredAtUtc { get; private set; }
    /// <summary>When the notice to the authority falls due.</summary>
    public DateTime NotifyByUtc { get; private set; }
    public DateTime? AuthorityNotifiedAtUtc { get; private set; }
    /// <summary>The number or reference of the notice sent to the authority.</summary>
    public string? AuthorityReference { get; private set; }
    public DateTime? PeopleNotifiedAtUtc { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public bool IsOverdue(DateTimeOffset now) => AuthorityNotifiedAtUtc is null && now.UtcDateTime > NotifyByUtc;

    public void NotifyAuthority(string reference, DateTimeOffset at, DateTimeOffset now)
    {
        if (AuthorityNotifiedAtUtc is not null) throw new DomainException("Đã ghi nhận thông báo cho cơ quan chức năng.");
        CheckMoment(at, now);
        AuthorityReference = VietnameseText.Required(reference, 120, "Số văn bản thông báo");
        AuthorityNotifiedAtUtc = at.UtcDateTime;
    }

    public void NotifyPeople(DateTimeOffset at, DateTimeOffset now)
    {
        if (PeopleNotifiedAtUtc is not null) throw new DomainException("Đã ghi nhận thông báo cho người bị ảnh hưởng.");
        CheckMoment(at, now);
        PeopleNotifiedAtUtc = at.UtcDateTime;
    }

    private void CheckMoment(DateTimeOffset at, DateTimeOffset now)
    {
        if (at.UtcDateTime < DiscoveredAtUtc || at > now)
            throw new DomainException("Thời điểm thông báo phải từ lúc phát hiện đến bây giờ.") { Field = "At" };
    }
}
