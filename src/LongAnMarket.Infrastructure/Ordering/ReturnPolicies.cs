using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>Producers' returns policies, always at or above the trade office's minimum.</summary>
public sealed class ReturnPolicies(MarketDbContext db, IOptions<ReturnOptions> options)
{
    public ReturnMinimum Minimum => options.Value.Minimum;

    /// <summary>The producer's policy as it applies to an order placed now.</summary>
    public async Task<ReturnPolicy> OfAsync(int producerId, CancellationToken ct) =>
        (await db.Producers.AsNoTracking().Where(p => p.Id == producerId).Select(p => p.ReturnPolicy).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Không tìm thấy doanh nghiệp.")).AtLeast(Minimum);

    /// <summary>Saves the policy, or refuses it with every field that falls short, changing nothing.</summary>
    public async Task SaveAsync(int producerId, ReturnPolicy policy, CancellationToken ct)
    {
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == producerId, ct) ?? throw new DomainException("Không tìm thấy doanh nghiệp.");
        producer.SetReturnPolicy(policy, Minimum);
        await db.SaveChangesAsync(ct);
    }
}
