using LongAnMarket.Core.Catalog;

namespace LongAnMarket.Core.Traceability;

/// <summary>A certificate the product held when the lot was made, copied into the lot's sealed record.</summary>
public sealed record LotCertificate(CertificationKind Kind, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidUntil)
{
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);
}
