using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Compliance;

/// <summary>
/// A request from a state authority (police, market surveillance, tax, the Ministry) for information about sellers,
/// listings or transactions: when it came, by which document, by when it must be answered, and what was done.
/// </summary>
public sealed class AuthorityRequest
{
    private AuthorityRequest() { }

    public AuthorityRequest(string agency, string documentNumber, string subject, DateOnly receivedOn, DateOnly dueOn, int? producerId,
        string recordedBy, DateOnly today)
    {
        Agency = VietnameseText.Required(agency, 200, "Cơ quan yêu cầu");
        DocumentNumber = VietnameseText.Required(documentNumber, 60, "Số văn bản");
        Subject = VietnameseText.Required(subject, 1000, "Nội dung yêu cầu");
        if (receivedOn > today) throw new DomainException("Ngày nhận không thể ở tương lai.") { Field = "ReceivedOn" };
        if (dueOn < receivedOn) throw new DomainException("Hạn trả lời phải từ ngày nhận trở đi.") { Field = "DueOn" };
        ReceivedOn = receivedOn;
        DueOn = dueOn;
        ProducerId = producerId;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }
    public string Agency { get; private set; } = "";
    public string DocumentNumber { get; private set; } = "";
    public string Subject { get; private set; } = "";
    /// <summary>The seller it concerns, when it names one.</summary>
    public int? ProducerId { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public string? ActionTaken { get; private set; }
    public string RecordedBy { get; private set; } = "";

    public bool IsOverdue(DateOnly today) => AnsweredOn is null && today > DueOn;

    public void Answer(DateOnly on, string actionTaken, DateOnly today)
    {
        if (AnsweredOn is not null) throw new DomainException("Yêu cầu này đã được trả lời.");
        if (on < ReceivedOn || on > today) throw new DomainException("Ngày trả lời phải từ ngày nhận đến hôm nay.") { Field = "AnsweredOn" };
        ActionTaken = VietnameseText.Required(actionTaken, 2000, "Việc đã làm");
        AnsweredOn = on;
    }
}
