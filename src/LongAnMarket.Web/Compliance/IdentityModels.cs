using LongAnMarket.Core.Producers;
using LongAnMarket.Web.Sellers;

namespace LongAnMarket.Web.Compliance;

public sealed record VerificationRow(string Method, string CheckedBy, DateTimeOffset At, string Evidence, string? Note);

/// <summary>A business's legal identity as the seller and the trade office see it: the citizen ID only masked.</summary>
public sealed record IdentitySummary(
    LegalForm? LegalForm, string? RegistrationNumber, DateOnly? RegistrationDate, string? RegistrationIssuer,
    string? RepresentativeName, string? RepresentativeRole, string? MaskedCitizenId,
    DateTimeOffset? ConfirmedAt, DateTimeOffset Due, DateTimeOffset LapsesAt, bool Lapsed, IReadOnlyList<VerificationRow> Verifications)
{
    public bool Complete => LegalForm is not null && RegistrationNumber is not null && RepresentativeName is not null;
}

/// <summary>Where a seller stands in its yearly re-confirmation, as the banner on its pages says it.</summary>
public sealed record IdentityDue(bool Complete, DateTimeOffset Due, DateTimeOffset LapsesAt, bool Lapsed, bool Overdue);

/// <summary>The seller's identity page: what is on record, when it is due, and the form to confirm it.</summary>
public sealed record SellerIdentityModel(IdentitySummary Identity, IdentityForm Form, string? Notice);

/// <summary>The officer's way to record a check: the documents to tick and the methods available.</summary>
public sealed record VerificationFormModel(IReadOnlyList<(string Method, string Description)> Methods);
