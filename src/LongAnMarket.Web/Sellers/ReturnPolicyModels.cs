using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Sellers;

public sealed class ReturnPolicyForm
{
    [Required(ErrorMessage = "Vui lòng nhập thời hạn báo lỗi."), Range(0, 1000, ErrorMessage = "Thời hạn báo lỗi phải là số ngày.")]
    public int? ProblemReportDays { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập thời hạn báo lỗi hàng tươi."), Range(0, 10_000, ErrorMessage = "Thời hạn báo lỗi hàng tươi phải là số giờ.")]
    public int? PerishableReportHours { get; set; }

    public bool AcceptsChangeOfMind { get; set; }

    [Range(0, 1000, ErrorMessage = "Thời hạn đổi trả khi không có lỗi phải là số ngày.")]
    public int? ChangeOfMindDays { get; set; }

    public ReturnShippingPayer ReturnShipping { get; set; } = ReturnShippingPayer.SellerWhenAtFault;

    public RefundChannel RefundVia { get; set; } = RefundChannel.OriginalPayment;

    public static ReturnPolicyForm Of(ReturnPolicy policy) => new()
    {
        ProblemReportDays = policy.ProblemReportDays, PerishableReportHours = policy.PerishableReportHours,
        AcceptsChangeOfMind = policy.AcceptsChangeOfMind, ChangeOfMindDays = policy.AcceptsChangeOfMind ? policy.ChangeOfMindDays : null,
        ReturnShipping = policy.ReturnShipping, RefundVia = policy.RefundVia,
    };

    public ReturnPolicy ToPolicy() => new(ProblemReportDays ?? 0, PerishableReportHours ?? 0, AcceptsChangeOfMind,
        AcceptsChangeOfMind ? ChangeOfMindDays ?? 0 : 0, ReturnShipping, RefundVia);
}

/// <summary>The producer's returns page: the policy in force as buyers read it, the form, and the marketplace's floor.</summary>
public sealed record ReturnPolicyPage(ReturnTermsModel Current, ReturnPolicyForm Form, ReturnMinimum Minimum, string? Notice);
