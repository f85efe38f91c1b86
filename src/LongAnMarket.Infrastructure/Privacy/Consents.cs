using LongAnMarket.Core.Common;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Privacy;

/// <summary>Consents per purpose: given with the notice version in force, withdrawn at any time, history kept.</summary>
public sealed class Consents(MarketDbContext db, TimeProvider clock, IOptions<PrivacyOptions> options)
{
    public string NoticeVersion => options.Value.NoticeVersion;

    /// <summary>Every consent the person gave, newest first, withdrawn ones included.</summary>
    public Task<List<Consent>> HistoryAsync(string userId, CancellationToken ct) =>
        db.Consents.AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.GivenAtUtc).ThenByDescending(c => c.Id).ToListAsync(ct);

    public async Task<bool> HasAsync(string userId, ConsentPurpose purpose, CancellationToken ct) =>
        await db.Consents.AnyAsync(c => c.UserId == userId && c.Purpose == purpose && c.WithdrawnAtUtc == null, ct);

    /// <summary>Records the consent unless one for that purpose is already in force. Saves.</summary>
    public async Task GiveAsync(string userId, ConsentPurpose purpose, string source, CancellationToken ct)
    {
        if (await HasAsync(userId, purpose, ct)) return;
        db.Consents.Add(new Consent(userId, purpose, NoticeVersion, source, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Withdraws the consent in force for that purpose; the account's own consent is withdrawn by deleting the account.</summary>
    public async Task WithdrawAsync(string userId, ConsentPurpose purpose, CancellationToken ct)
    {
        if (purpose == ConsentPurpose.Account)
            throw new DomainException("Muốn rút lại sự đồng ý cho việc giữ tài khoản, hãy xoá tài khoản.");
        var active = await db.Consents.Where(c => c.UserId == userId && c.Purpose == purpose && c.WithdrawnAtUtc == null).ToListAsync(ct);
        if (active.Count == 0) throw new DomainException("Không có sự đồng ý nào đang hiệu lực cho mục đích này.");
        foreach (var consent in active) consent.Withdraw(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Confirmed addresses, with names, of everyone whose marketing consent is in force now.</summary>
    public async Task<List<(string Email, string Name)>> MarketingAudienceAsync(CancellationToken ct)
    {
        var rows = await db.Consents.Where(c => c.Purpose == ConsentPurpose.MarketingEmail && c.WithdrawnAtUtc == null)
            .Join(db.Users.Where(u => u.EmailConfirmed), c => c.UserId, u => u.Id, (c, u) => new { u.Email, u.DisplayName })
            .Distinct().ToListAsync(ct);
        return rows.Where(r => r.Email is not null).OrderBy(r => r.Email, StringComparer.Ordinal).Select(r => (r.Email!, r.DisplayName)).ToList();
    }
}
