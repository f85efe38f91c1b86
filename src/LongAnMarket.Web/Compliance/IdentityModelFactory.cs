using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Web.Sellers;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Compliance;

public sealed class IdentityModelFactory(MarketDbContext db, ProducerIdentityService identities, TimeProvider clock)
{
    public async Task<IdentitySummary?> SummaryAsync(int producerId, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().Include(p => p.Verifications).FirstOrDefaultAsync(p => p.Id == producerId, ct);
        if (producer is null) return null;
        var options = identities.Options;
        var due = producer.ReconfirmDue(options.Every).ToOffset(Core.Common.VietnamTime.Offset);
        return new IdentitySummary(producer.LegalForm, producer.Registration?.Number, producer.Registration?.IssuedOn, producer.Registration?.Issuer,
            producer.Representative?.Name, producer.Representative?.Role, identities.MaskedCitizenId(producer.Representative),
            producer.IdentityConfirmedUtc is { } confirmed ? Core.Common.VietnamTime.FromUtc(confirmed) : null,
            due, due.AddDays(options.ReconfirmGraceDays), producer.IdentityLapsed,
            producer.Verifications.OrderByDescending(v => v.Id)
                .Select(v => new VerificationRow(MethodName(v.Method), v.CheckedBy, v.At.ToDateTimeOffset(), v.Evidence, v.Note)).ToList());
    }

    /// <summary>The re-confirmation when it is due within the notice period (or the identity was never given); else null.</summary>
    public async Task<IdentityDue?> DueAsync(int producerId, CancellationToken ct)
    {
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == producerId)
            .Select(p => new { Complete = p.LegalForm != null, p.IdentityConfirmedUtc, p.RegisteredAt, p.IdentityLapsed }).FirstOrDefaultAsync(ct);
        if (producer is null) return null;
        var options = identities.Options;
        var due = Producer.ReconfirmDue(producer.IdentityConfirmedUtc, producer.RegisteredAt, options.Every).ToOffset(Core.Common.VietnamTime.Offset);
        var now = clock.GetUtcNow();
        if (producer.Complete && !producer.IdentityLapsed && now < due.AddDays(-options.ReconfirmNoticeDays)) return null;
        return new IdentityDue(producer.Complete, due, due.AddDays(options.ReconfirmGraceDays), producer.IdentityLapsed, now >= due);
    }

    /// <summary>The seller's page; the form starts from what is on record, except the citizen ID, which is typed again.</summary>
    public async Task<SellerIdentityModel?> SellerAsync(int producerId, IdentityForm? form, string? notice, CancellationToken ct)
    {
        if (await SummaryAsync(producerId, ct) is not { } identity) return null;
        form ??= new IdentityForm
        {
            LegalForm = identity.LegalForm, RegistrationNumber = identity.RegistrationNumber ?? "", RegistrationDate = identity.RegistrationDate,
            RegistrationIssuer = identity.RegistrationIssuer ?? "", RepresentativeName = identity.RepresentativeName ?? "",
            RepresentativeRole = identity.RepresentativeRole ?? "",
        };
        return new SellerIdentityModel(identity, form, notice);
    }

    /// <summary>A method as officers know it; one no longer configured keeps its stored name.</summary>
    private string MethodName(string method) => identities.Checks.FirstOrDefault(c => c.Method == method)?.Description ?? method;

    public VerificationFormModel VerificationForm() =>
        new(identities.Checks.Select(c => (c.Method, c.Description)).ToList());
}
