using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// Claims and keeps the lease of a singleton job. The holder renews it on each run; an instance that stops renewing
/// (stopped, crashed, cut off) loses it when it expires, and the next instance to look takes over.
/// </summary>
public sealed class JobLeases(MarketDbContext db, InstanceIdentity instance, TimeProvider clock)
{
    /// <summary>True when this instance holds <paramref name="job"/> for the next <paramref name="term"/>.</summary>
    public async Task<bool> TryClaimAsync(string job, TimeSpan term, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var me = instance.Name;
        var claimed = await db.Set<JobLease>().Where(l => l.Name == job && (l.Holder == me || l.ExpiresAtUtc < now))
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, me).SetProperty(x => x.ExpiresAtUtc, now + term), ct);
        if (claimed == 1) return true;
        // The job's first run anywhere: whoever makes the row holds the lease.
        return await db.InsertIfAbsentAsync("JobLeases", ["Name", "Holder", "ExpiresAtUtc"], [job, me, now + term], ct) == 1;
    }

    /// <summary>Records a finished run, if this instance still holds the lease.</summary>
    public async Task<bool> RecordRunAsync(string job, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var me = instance.Name;
        return await db.Set<JobLease>().Where(l => l.Name == job && l.Holder == me)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.LastRunAtUtc, now).SetProperty(x => x.LastRunBy, me), ct) == 1;
    }

    public Task<JobLease?> FindAsync(string job, CancellationToken ct) =>
        db.Set<JobLease>().AsNoTracking().FirstOrDefaultAsync(l => l.Name == job, ct);

    /// <summary>Lets another instance take the job at once (this one is stopping).</summary>
    public Task ReleaseAsync(string job, CancellationToken ct)
    {
        var me = instance.Name;
        return db.Set<JobLease>().Where(l => l.Name == job && l.Holder == me)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.ExpiresAtUtc, DateTime.MinValue), ct);
    }
}
