using System.ComponentModel.DataAnnotations;
using LongAnMarket.Infrastructure.Compliance;

namespace LongAnMarket.Web.Compliance;

public sealed class AuthorityRequestForm
{
    [Required(ErrorMessage = "Vui lòng nhập cơ quan yêu cầu."), StringLength(200, ErrorMessage = "Cơ quan yêu cầu dài tối đa 200 ký tự.")]
    public string? Agency { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập số văn bản."), StringLength(60, ErrorMessage = "Số văn bản dài tối đa 60 ký tự.")]
    public string? DocumentNumber { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập nội dung yêu cầu."), StringLength(1000, ErrorMessage = "Nội dung yêu cầu dài tối đa 1000 ký tự.")]
    public string? Subject { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập ngày nhận.")]
    public DateOnly? ReceivedOn { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập hạn trả lời.")]
    public DateOnly? DueOn { get; set; }

    [StringLength(14, ErrorMessage = "Mã số thuế dài tối đa 14 ký tự.")]
    public string? ProducerTaxCode { get; set; }

    public AuthorityRequestDraft ToDraft() =>
        new(Agency ?? "", DocumentNumber ?? "", Subject ?? "", ReceivedOn ?? DateOnly.MinValue, DueOn ?? DateOnly.MinValue, ProducerTaxCode);
}

public sealed record AuthorityRequestRow(int Id, string Agency, string DocumentNumber, string Subject, DateOnly ReceivedOn, DateOnly DueOn,
    DateOnly? AnsweredOn, string? ActionTaken, bool Overdue);

public sealed record AuthorityRequestsPage(IReadOnlyList<AuthorityRequestRow> Requests, AuthorityRequestForm Form, DateOnly Today, string? Notice,
    int ThisYear)
{
    public string? Error { get; init; }
}
