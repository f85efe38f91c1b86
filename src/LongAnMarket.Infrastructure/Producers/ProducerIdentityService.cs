using LongAnMarket.Core.Common;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>A business's legal identity as a form gives it; the citizen ID as typed (spaces and dots allowed).</summary>
public sealed record IdentityDraft(
    LegalForm? LegalForm, string? RegistrationNumber, DateOnly? RegistrationDate, string? RegistrationIssuer,
    string? RepresentativeName, string? RepresentativeRole, string? RepresentativeCitizenId);

/// <summary>What an officer compared when verifying: the documents by id, whether the registry was consulted, the ID read on the card.</summary>
public sealed record VerificationDraft(string Method, IReadOnlyList<int> DocumentIds, bool RegistryConsulted, string? CitizenIdSeen, string? Note);

/// <summary>
/// Sellers' legal identity: read from forms with the citizen ID protected before it is kept, confirmed each year,
/// verified by the trade office (or, once one exists, an electronic identity check) with a record of how.
/// </summary>
public sealed class ProducerIdentityService(
    MarketDbContext db, StoredSecrets secrets, ProducerStatusService statuses, IEnumerable<IIdentityCheck> checks,
    IOptions<ProducerOptions> options, TimeProvider clock)
{
    public ProducerOptions Options => options.Value;

    /// <summary>The identity in domain form, every field checked, the citizen ID protected; the first problem is thrown.</summary>
    public (LegalForm Form, BusinessRegistration Registration, Representative Representative) Read(IdentityDraft draft)
    {
        if (draft.LegalForm is not { } form || !Enum.IsDefined(form)) throw new DomainException("Vui lòng chọn loại hình kinh doanh.") { Field = "LegalForm" };
        if (string.IsNullOrWhiteSpace(draft.RegistrationNumber)) throw new DomainException("Vui lòng nhập số đăng ký kinh doanh.") { Field = "RegistrationNumber" };
        if (draft.RegistrationDate is not { } issuedOn) throw new DomainException("Vui lòng nhập ngày cấp đăng ký kinh doanh.") { Field = "RegistrationDate" };
        if (string.IsNullOrWhiteSpace(draft.RegistrationIssuer)) throw new DomainException("Vui lòng nhập nơi cấp đăng ký kinh doanh.") { Field = "RegistrationIssuer" };
        var registration = new BusinessRegistration(draft.RegistrationNumber, issuedOn, draft.RegistrationIssuer, VietnamTime.Today(clock));
        if (string.IsNullOrWhiteSpace(draft.RepresentativeName)) throw new DomainException("Vui lòng nhập họ tên người đại diện.") { Field = "RepresentativeName" };
        if (string.IsNullOrWhiteSpace(draft.RepresentativeRole)) throw new DomainException("Vui lòng nhập chức vụ người đại diện.") { Field = "RepresentativeRole" };
        var citizenId = CitizenId.Parse(draft.RepresentativeCitizenId);
        return (form, registration, new Representative(draft.RepresentativeName, draft.RepresentativeRole, secrets.Protect(citizenId)));
    }

    /// <summary>The representative's citizen ID as pages show it: the last three digits.</summary>
    public string? MaskedCitizenId(Representative? representative) =>
        representative is null ? null
        : secrets.Unprotect(representative.ProtectedCitizenId) is { } digits ? CitizenId.Mask(digits) : "(không đọc được)";

    /// <summary>The producer gives or confirms its identity (the yearly re-confirmation); a lapse it caused ends.</summary>
    public Task ConfirmAsync(int producerId, IdentityDraft draft, CancellationToken ct)
    {
        var (form, registration, representative) = Read(draft);
        return statuses.ChangeAsync(producerId, p => p.ConfirmIdentity(form, registration, representative, clock.GetUtcNow()), ct);
    }

    public IReadOnlyList<IIdentityCheck> Checks => checks.ToList();

    /// <summary>
    /// Runs the identity check on an application before anything is stored: a refusal is the applicant's to see; a
    /// confirmation becomes the first verification record; the trade office's check waits for an officer.
    /// </summary>
    public async Task<(string Method, IdentityCheckResult Result)> CheckAsync(IdentityClaim claim, CancellationToken ct)
    {
        var check = checks.First();
        var result = await check.CheckAsync(claim, ct);
        if (result.Status == IdentityCheckStatus.Refused) throw new DomainException($"Chưa xác minh được danh tính: {result.Detail}");
        return (check.Method, result);
    }

    /// <summary>
    /// Records an officer's check of the producer's identity and, for an application, approves it, in one transaction.
    /// The citizen ID read on the card must be the one the producer gave.
    /// </summary>
    public async Task VerifyAsync(int producerId, VerificationDraft draft, string officer, bool approve, CancellationToken ct)
    {
        var check = checks.FirstOrDefault(c => c.Method == draft.Method) ?? throw new DomainException("Vui lòng chọn cách xác minh.") { Field = "Method" };
        var producer = await db.Producers.AsNoTracking().Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == producerId, ct)
            ?? throw new DomainException("Không tìm thấy doanh nghiệp này.");
        if (!producer.HasIdentity) throw new DomainException("Doanh nghiệp chưa khai thông tin định danh (loại hình, đăng ký kinh doanh, người đại diện).");
        var documents = producer.Documents.Where(d => draft.DocumentIds.Contains(d.Id)).ToList();
        if (documents.Count == 0) throw new DomainException("Hãy đánh dấu các giấy tờ đã đối chiếu.") { Field = "DocumentIds" };
        var seen = CitizenId.Parse(draft.CitizenIdSeen);
        if (secrets.Unprotect(producer.Representative!.ProtectedCitizenId) != seen)
            throw new DomainException("Số căn cước trên giấy tờ không khớp với số người bán đã khai. Chưa ghi nhận xác minh.") { Field = "CitizenIdSeen" };
        var evidence = string.Join("; ", documents.Select(d => $"giấy tờ #{d.Id} “{d.FileName}”").Prepend("số căn cước khớp")
            .Concat(draft.RegistryConsulted ? ["đã tra cứu Cổng thông tin quốc gia về đăng ký doanh nghiệp"] : []));
        await statuses.ChangeAsync(producerId, p =>
        {
            p.RecordVerification(check.Method, officer, clock.GetUtcNow(), evidence, draft.Note);
            if (approve) p.Approve(officer, clock.GetUtcNow());
        }, ct);
    }
}
