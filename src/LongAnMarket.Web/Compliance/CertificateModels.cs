using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Infrastructure.Catalog;

namespace LongAnMarket.Web.Compliance;

/// <summary>A licence of the whole business: the facility food-safety certificate or the alcohol licence.</summary>
public sealed class ProducerCertificateForm
{
    public CertificationKind Kind { get; set; } = CertificationKind.FoodSafetyFacility;

    [Required(ErrorMessage = "Vui lòng nhập số giấy.")]
    [StringLength(60, ErrorMessage = "Số giấy dài tối đa 60 ký tự.")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập cơ quan cấp.")]
    [StringLength(200, ErrorMessage = "Cơ quan cấp dài tối đa 200 ký tự.")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập ngày cấp.")]
    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public CertificationDraft ToDraft() => new(Kind, Number ?? "", Issuer ?? "", ValidFrom ?? DateOnly.MinValue, ValidUntil);
}

public sealed record ProducerCertificateRow(int Id, string Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil, bool Expired);

public sealed record ProducerCertificatesPage(IReadOnlyList<ProducerCertificateRow> Certificates, ProducerCertificateForm Form, string? Notice)
{
    public string? Error { get; init; }
}

public sealed record OcopConfirmationsPage(IReadOnlyList<OcopAwaiting> Awaiting, string? Notice, string? Error);
