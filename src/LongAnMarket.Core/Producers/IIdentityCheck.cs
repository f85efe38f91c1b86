namespace LongAnMarket.Core.Producers;

/// <summary>What a seller claims to be, as an identity check reads it (the citizen ID already unprotected).</summary>
public sealed record IdentityClaim(
    string BusinessName, LegalForm LegalForm, string TaxNumber, BusinessRegistration Registration,
    string RepresentativeName, string RepresentativeCitizenId);

public enum IdentityCheckStatus
{
    /// <summary>The check confirmed the claim by itself (an electronic identity service).</summary>
    Confirmed,
    /// <summary>The check refused the claim by itself.</summary>
    Refused,
    /// <summary>A trade-office officer compares the documents and records the outcome.</summary>
    NeedsOfficer,
}

public sealed record IdentityCheckResult(IdentityCheckStatus Status, string Detail);

/// <summary>
/// A way to check a seller's identity. Today the trade office compares the documents by hand; an electronic check
/// (VNeID for individuals, the organisation's electronic identity for businesses, under Law 122/2025/QH15) plugs in here
/// once a business API is published.
/// </summary>
public interface IIdentityCheck
{
    /// <summary>Stored on every verification record ("trade-office").</summary>
    string Method { get; }

    /// <summary>How the method is described to officers and sellers.</summary>
    string Description { get; }

    Task<IdentityCheckResult> CheckAsync(IdentityClaim claim, CancellationToken ct);
}
