using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Instances;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Infrastructure.Instances;

/// <summary>One instance at a time runs a singleton job, and another takes over once the holder stops renewing.</summary>
public sealed class JobLeaseTests
{
    private static readonly TimeSpan Term = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task The_holder_keeps_the_lease_while_it_renews_and_the_other_instance_takes_it_once_it_runs_out(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using (var setup = database.CreateContext()) await DatabaseSetup.MigrateAsync(setup);
        var clock = new ShiftedClock();
        await using var dbA = database.CreateContext();
        await using var dbB = database.CreateContext();
        var a = new JobLeases(dbA, new InstanceIdentity("A"), clock);
        var b = new JobLeases(dbB, new InstanceIdentity("B"), clock);

        Assert.True(await a.TryClaimAsync("OrderExpiry", Term, CancellationToken.None)); // the first to look makes the row
        Assert.False(await b.TryClaimAsync("OrderExpiry", Term, CancellationToken.None));
        Assert.True(await b.TryClaimAsync("TraceAnchoring", Term, CancellationToken.None)); // leases are per job
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await a.TryClaimAsync("OrderExpiry", Term, CancellationToken.None)); // renewed
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.False(await b.TryClaimAsync("OrderExpiry", Term, CancellationToken.None)); // 40 s after the first claim, 20 s after the renewal
        Assert.True(await a.RecordRunAsync("OrderExpiry", CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(31)); // A stopped renewing
        Assert.True(await b.TryClaimAsync("OrderExpiry", Term, CancellationToken.None));
        Assert.False(await a.TryClaimAsync("OrderExpiry", Term, CancellationToken.None));
        Assert.False(await a.RecordRunAsync("OrderExpiry", CancellationToken.None)); // a run it no longer holds is not its
        Assert.True(await b.RecordRunAsync("OrderExpiry", CancellationToken.None));
        var lease = await a.FindAsync("OrderExpiry", CancellationToken.None);
        Assert.Equal(("B", "B"), (lease!.Holder, lease.LastRunBy));

        await b.ReleaseAsync("OrderExpiry", CancellationToken.None); // B stops: A may take over at once
        Assert.True(await a.TryClaimAsync("OrderExpiry", Term, CancellationToken.None));
    }
}
