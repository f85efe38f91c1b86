using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Web.Sellers;

public sealed class ApplicationForm : IdentityForm
{
    [Required(ErrorMessage = "Vui lòng nhập tên doanh nghiệp.")]
    [StringLength(200, ErrorMessage = "Tên doanh nghiệp dài tối đa 200 ký tự.")]
    public string BusinessName { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập mã số thuế.")]
    [StringLength(20)]
    public string TaxNumber { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Vui lòng chọn vùng nguyên liệu.")]
    public int OriginAreaId { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập địa chỉ.")]
    [StringLength(300, ErrorMessage = "Địa chỉ dài tối đa 300 ký tự.")]
    public string Address { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập số điện thoại.")]
    [StringLength(20)]
    public string Phone { get; set; } = "";

    [Required(ErrorMessage = "Vui lòng nhập email liên hệ.")]
    [EmailAddress(ErrorMessage = "Email liên hệ không hợp lệ.")]
    [StringLength(200)]
    public string ContactEmail { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Giới thiệu dài tối đa 4.000 ký tự.")]
    public string? Description { get; set; }

    public List<IFormFile> Documents { get; set; } = [];

    /// <summary>The number of the operating rules version the applicant ticked as read and accepted.</summary>
    public int? AcceptRules { get; set; }
}

public sealed record ApplicationPageModel(
    ApplicationForm Form, IReadOnlyList<LongAnMarket.Web.Factories.ReferenceData.Entry> Areas, int? RulesVersion);
