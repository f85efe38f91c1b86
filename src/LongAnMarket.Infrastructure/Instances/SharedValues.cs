using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>Reads and writes <see cref="SharedValue"/>s; the first instance to make one wins and every other reads it.</summary>
public sealed class SharedValues(MarketDbContext db, TimeProvider clock)
{
    public async Task<string?> FindAsync(string name, CancellationToken ct) =>
        await db.Set<SharedValue>().AsNoTracking().Where(v => v.Name == name).Select(v => v.Value).FirstOrDefaultAsync(ct);

    /// <summary>The stored value, or <paramref name="made"/>'s if none was stored yet (unless another instance stored one first).</summary>
    public async Task<string> GetOrAddAsync(string name, Func<string> made, CancellationToken ct)
    {
        if (await FindAsync(name, ct) is { } stored) return stored;
        await db.InsertIfAbsentAsync("SharedValues", ["Name", "Value", "UpdatedAtUtc"], [name, made(), clock.GetUtcNow().UtcDateTime], ct);
        return await FindAsync(name, ct) ?? throw new InvalidOperationException($"The shared value {name} could not be stored.");
    }

    public async Task SetAsync(string name, string value, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<SharedValue>().Where(v => v.Name == name)
                .ExecuteUpdateAsync(v => v.SetProperty(x => x.Value, value).SetProperty(x => x.UpdatedAtUtc, now), ct) == 1) return;
        await GetOrAddAsync(name, () => value, ct);
        await db.Set<SharedValue>().Where(v => v.Name == name)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.Value, value).SetProperty(x => x.UpdatedAtUtc, now), ct);
    }
}
