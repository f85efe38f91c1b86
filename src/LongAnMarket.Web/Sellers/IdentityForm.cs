using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Producers;

namespace LongAnMarket.Web.Sellers;

/// <summary>A business's legal identity as the application and the yearly re-confirmation ask for it.</summary>
public class IdentityForm
{
    [Required(ErrorMessage = "Vui lòng chọn loại hình kinh doanh.")]
    public LegalForm? LegalForm { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập số đăng ký kinh doanh.")]
    [StringLength(30, ErrorMessage = "Số đăng ký kinh doanh dài tối đa 30 ký tự.")]
    public string RegistrationNumber { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập ngày cấp đăng ký kinh doanh.")]
    public DateOnly? RegistrationDate { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập nơi cấp đăng ký kinh doanh.")]
    [StringLength(200, ErrorMessage = "Nơi cấp dài tối đa 200 ký tự.")]
    public string RegistrationIssuer { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập họ tên người đại diện.")]
    [StringLength(120, ErrorMessage = "Họ tên dài tối đa 120 ký tự.")]
    public string RepresentativeName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập chức vụ người đại diện.")]
    [StringLength(80, ErrorMessage = "Chức vụ dài tối đa 80 ký tự.")]
    public string RepresentativeRole { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập số căn cước của người đại diện.")]
    [StringLength(20, ErrorMessage = "Số căn cước gồm đúng 12 chữ số.")]
    public string RepresentativeCitizenId { get; set; } = "";

    public IdentityDraft ToDraft() => new(LegalForm, RegistrationNumber, RegistrationDate, RegistrationIssuer,
        RepresentativeName, RepresentativeRole, RepresentativeCitizenId);
}
