using LongAnMarket.Core.Common;
using LongAnMarket.Core.Compliance;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Compliance;

public sealed record AuthorityRequestDraft(string Agency, string DocumentNumber, string Subject, DateOnly ReceivedOn, DateOnly DueOn, string? ProducerTaxCode);

/// <summary>The register of authorities' requests: each with its deadline, its answer, and whether it is overdue.</summary>
public sealed class AuthorityRequests(MarketDbContext db, TimeProvider clock)
{
    /// <summary>Open requests first, soonest due first; then the answered ones, newest first.</summary>
    public async Task<List<AuthorityRequest>> AllAsync(CancellationToken ct) =>
        (await db.AuthorityRequests.AsNoTracking().ToListAsync(ct))
            .OrderBy(r => r.AnsweredOn is not null).ThenBy(r => r.AnsweredOn is null ? r.DueOn.DayNumber : -r.AnsweredOn.Value.DayNumber).ToList();

    public async Task<AuthorityRequest> AddAsync(AuthorityRequestDraft draft, string actor, CancellationToken ct)
    {
        int? producerId = null;
        if (!string.IsNullOrWhiteSpace(draft.ProducerTaxCode))
        {
            var taxCode = draft.ProducerTaxCode.Trim();
            producerId = await db.Producers.Where(p => p.TaxCode == taxCode).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
                ?? throw new DomainException("Không có doanh nghiệp nào mang mã số thuế này.") { Field = "ProducerTaxCode" };
        }
        var request = new AuthorityRequest(draft.Agency, draft.DocumentNumber, draft.Subject, draft.ReceivedOn, draft.DueOn, producerId, actor,
            VietnamTime.Today(clock));
        db.AuthorityRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return request;
    }

    public async Task AnswerAsync(int id, DateOnly on, string actionTaken, CancellationToken ct)
    {
        var request = await db.AuthorityRequests.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new DomainException("Không tìm thấy yêu cầu này.");
        request.Answer(on, actionTaken, VietnamTime.Today(clock));
        await db.SaveChangesAsync(ct);
    }
}
