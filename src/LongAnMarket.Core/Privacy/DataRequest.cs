using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Privacy;

/// <summary>
/// A data subject's request about their personal data: what they asked, when it came, the day by which it must get a
/// first answer and the day by which it must be carried out (both from the marketplace's configured deadlines), and
/// the answer given.
/// </summary>
public sealed class DataRequest
{
    private DataRequest() { }

    public DataRequest(string? userId, string email, DataRequestKind kind, string details, DateTimeOffset receivedAt, DateOnly firstAnswerDueOn,
        DateOnly dueOn)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("Vui lòng chọn loại yêu cầu.") { Field = "Kind" };
        Email = VietnameseText.Required(email, 200, "Email");
        Details = VietnameseText.Required(details, 2000, "Nội dung yêu cầu");
        UserId = userId;
        Kind = kind;
        ReceivedAtUtc = receivedAt.UtcDateTime;
        var receivedOn = DateOnly.FromDateTime(receivedAt.ToOffset(VietnamTime.Offset).DateTime);
        if (firstAnswerDueOn < receivedOn || dueOn < receivedOn) throw new DomainException("Hạn trả lời phải từ ngày nhận trở đi.");
        FirstAnswerDueOn = firstAnswerDueOn;
        DueOn = dueOn;
    }

    public int Id { get; private set; }
    public string? UserId { get; private set; }
    public string Email { get; private set; } = "";
    public DataRequestKind Kind { get; private set; }
    public string Details { get; private set; } = "";
    public DateTime ReceivedAtUtc { get; private set; }
    /// <summary>The last day, in Vietnam, on which the first answer (received, and what happens next) is on time.</summary>
    public DateOnly FirstAnswerDueOn { get; private set; }
    public DateTime? AcknowledgedAtUtc { get; private set; }
    /// <summary>The last day, in Vietnam, on which carrying out the request is on time.</summary>
    public DateOnly DueOn { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }

    public bool IsOverdue(DateOnly today) =>
        AnsweredAtUtc is null && (today > DueOn || AcknowledgedAtUtc is null && today > FirstAnswerDueOn);

    /// <summary>The next day something is due: the first answer until it is given, then the request itself.</summary>
    public DateOnly NextDeadline => AcknowledgedAtUtc is null && AnsweredAtUtc is null && FirstAnswerDueOn < DueOn ? FirstAnswerDueOn : DueOn;

    public void Acknowledge(string by, DateTimeOffset at)
    {
        if (AcknowledgedAtUtc is not null || AnsweredAtUtc is not null) throw new DomainException("Yêu cầu này đã được phản hồi.");
        AcknowledgedAtUtc = at.UtcDateTime;
        AnsweredBy = by;
    }

    public void Close(string answer, string by, DateTimeOffset at)
    {
        if (AnsweredAtUtc is not null) throw new DomainException("Yêu cầu này đã được trả lời.");
        Answer = VietnameseText.Required(answer, 2000, "Câu trả lời");
        AnsweredBy = by;
        AnsweredAtUtc = at.UtcDateTime;
        AcknowledgedAtUtc ??= AnsweredAtUtc;
    }

    /// <summary>The account is gone: the request stays as a record that it was handled, without who asked.</summary>
    public void ForgetRequester()
    {
        UserId = null;
        Email = "(đã xoá)";
    }
}
