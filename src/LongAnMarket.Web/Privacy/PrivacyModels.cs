using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;

namespace LongAnMarket.Web.Privacy;

public sealed record ConsentRow(ConsentPurpose Purpose, bool Active, string NoticeVersion, DateTimeOffset GivenAt, DateTimeOffset? WithdrawnAt, string Source);

public sealed record DataRequestRow(int Id, string Email, DataRequestKind Kind, string Details, DateTimeOffset ReceivedAt, DateOnly FirstAnswerDueOn,
    DateTimeOffset? AcknowledgedAt, DateOnly DueOn, DateTimeOffset? AnsweredAt, string? Answer, bool Overdue)
{
    public static DataRequestRow Of(DataRequest request, DateOnly today) => new(request.Id, request.Email, request.Kind, request.Details,
        VietnamTime.FromUtc(request.ReceivedAtUtc), request.FirstAnswerDueOn,
        request.AcknowledgedAtUtc is { } acknowledged ? VietnamTime.FromUtc(acknowledged) : null, request.DueOn,
        request.AnsweredAtUtc is { } answered ? VietnamTime.FromUtc(answered) : null, request.Answer, request.IsOverdue(today));
}

public sealed class DataRequestForm
{
    [Required(ErrorMessage = "Vui lòng chọn loại yêu cầu.")]
    public DataRequestKind? Kind { get; set; }

    [Required(ErrorMessage = "Vui lòng nêu rõ yêu cầu của bạn."), StringLength(2000, ErrorMessage = "Nội dung yêu cầu dài tối đa 2000 ký tự.")]
    public string? Details { get; set; }
}

/// <summary>The account's privacy page: what was agreed to and when, and the requests the person filed.</summary>
public sealed record AccountPrivacyPage(IReadOnlyList<ConsentRow> Current, IReadOnlyList<ConsentRow> History, IReadOnlyList<DataRequestRow> Requests,
    DataRequestForm Form, string NoticeVersion, int FirstAnswerWorkingDays, IReadOnlyDictionary<DataRequestKind, int> Days, string? Notice);

public sealed record DataBreachRow(int Id, string Summary, string DataAffected, int? PeopleAffected, DateTimeOffset DiscoveredAt, DateTimeOffset NotifyBy,
    DateTimeOffset? AuthorityNotifiedAt, string? AuthorityReference, DateTimeOffset? PeopleNotifiedAt, bool Overdue, TimeSpan Left);

public sealed class DataBreachForm
{
    [Required(ErrorMessage = "Vui lòng mô tả sự cố."), StringLength(2000, ErrorMessage = "Mô tả sự cố dài tối đa 2000 ký tự.")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Vui lòng nêu dữ liệu bị ảnh hưởng."), StringLength(500, ErrorMessage = "Dữ liệu bị ảnh hưởng dài tối đa 500 ký tự.")]
    public string? DataAffected { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Số người bị ảnh hưởng không hợp lệ.")]
    public int? PeopleAffected { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập thời điểm phát hiện.")]
    public DateTime? DiscoveredAt { get; set; }
}

public sealed record AdminPrivacyPage(IReadOnlyList<DataRequestRow> Requests, string? Notice)
{
    public string? Error { get; init; }
}

public sealed record DataBreachesPage(IReadOnlyList<DataBreachRow> Breaches, DataBreachForm Form, int NotifyHours, DateTimeOffset Now, string? Notice)
{
    public string? Error { get; init; }
}

public sealed record ProcessingRecordPage(IReadOnlyList<ProcessingActivity> Activities, IReadOnlyDictionary<ConsentPurpose, int> ActiveConsents,
    string NoticeVersion, int Accounts);

public sealed class NewsletterForm
{
    [Required(ErrorMessage = "Vui lòng nhập tiêu đề."), StringLength(150, ErrorMessage = "Tiêu đề dài tối đa 150 ký tự.")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập nội dung thư."), StringLength(10_000, ErrorMessage = "Nội dung thư dài tối đa 10.000 ký tự.")]
    public string? Body { get; set; }
}

public sealed record NewsletterPage(NewsletterForm Form, int Audience, string? Notice);
