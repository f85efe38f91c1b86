using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>A certificate a product rests on: OCOP rating, VietGAP, organic…</summary>
public sealed class Certification
{
    private Certification() { }

    internal Certification(CertificationKind kind, string number, string issuer, DateOnly validFrom, DateOnly? validUntil)
    {
        Number = VietnameseText.Clean(number);
        Issuer = VietnameseText.Clean(issuer);
        if (Number.Length is 0 or > 60) throw new DomainException("Số chứng nhận phải có từ 1 đến 60 ký tự.");
        if (Issuer.Length is 0 or > 200) throw new DomainException("Cơ quan cấp phải có từ 1 đến 200 ký tự.");
        if (validUntil is { } until && until < validFrom) throw new DomainException("Ngày hết hạn phải sau ngày cấp.");
        Kind = kind;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public CertificationKind Kind { get; private set; }
    public string Number { get; private set; } = "";
    public string Issuer { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly? ValidUntil { get; private set; }

    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);
}
