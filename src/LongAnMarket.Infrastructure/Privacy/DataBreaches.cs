using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Privacy;

public sealed record DataBreachDraft(string Summary, string DataAffected, int? PeopleAffected, DateTimeOffset DiscoveredAt);

/// <summary>The breach register: each breach with the clock for notifying the authority running from its discovery.</summary>
public sealed class DataBreaches(MarketDbContext db, TimeProvider clock, IOptions<PrivacyOptions> options)
{
    public Task<List<DataBreach>> AllAsync(CancellationToken ct) =>
        db.DataBreaches.AsNoTracking().OrderByDescending(b => b.DiscoveredAtUtc).ThenByDescending(b => b.Id).ToListAsync(ct);

    public async Task<DataBreach> RecordAsync(DataBreachDraft draft, string actor, CancellationToken ct)
    {
        var breach = new DataBreach(draft.Summary, draft.DataAffected, draft.PeopleAffected, draft.DiscoveredAt,
            TimeSpan.FromHours(options.Value.BreachNotifyHours), actor, clock.GetUtcNow());
        db.DataBreaches.Add(breach);
        await db.SaveChangesAsync(ct);
        return breach;
    }

    public async Task NotifyAuthorityAsync(int id, string reference, DateTimeOffset at, CancellationToken ct)
    {
        (await FindAsync(id, ct)).NotifyAuthority(reference, at, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task NotifyPeopleAsync(int id, DateTimeOffset at, CancellationToken ct)
    {
        (await FindAsync(id, ct)).NotifyPeople(at, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private async Task<DataBreach> FindAsync(int id, CancellationToken ct) =>
        await db.DataBreaches.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new DomainException("Không tìm thấy sự cố này.");
}
