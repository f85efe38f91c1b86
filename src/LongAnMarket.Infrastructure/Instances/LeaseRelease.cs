using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Infrastructure.Instances;

/// <summary>Giving a lease back while the app stops: best effort, since the database may be gone already.</summary>
public static class LeaseRelease
{
    public static async Task TryAsync(IServiceScopeFactory scopes, string job, CancellationToken ct)
    {
        try
        {
            using var quick = CancellationTokenSource.CreateLinkedTokenSource(ct);
            quick.CancelAfter(TimeSpan.FromSeconds(2));
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(job, quick.Token);
        }
        catch (Exception) // the lease then simply runs out
        {
        }
    }
}
