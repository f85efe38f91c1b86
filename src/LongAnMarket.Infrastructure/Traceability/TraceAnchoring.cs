using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Every <see cref="TraceabilityOptions.AnchorMinutes"/>, fixes the head log's new entries in time outside the platform:
/// one RFC 3161 time-stamp over the Merkle root of the batch, an audit path stored beside each entry, and the batch's last
/// entry written to the witness file. One instance anchors at a time (the holder of the job's lease); should two race
/// for the same batch anyway (a lease taken over mid-run), the first to save it wins.
/// </summary>
public sealed class TraceAnchoring(IServiceScopeFactory scopes, TimestampAuthority tsa, TimestampTokens tokens, TraceWitness witness,
    IOptions<TraceabilityOptions> options, TimeProvider clock, ILogger<TraceAnchoring> logger) : BackgroundService
{
    public const string Lease = nameof(TraceAnchoring);

    /// <summary>Time-stamps every entry not yet anchored; returns how many.</summary>
    public async Task<int> AnchorAsync(CancellationToken ct)
    {
        if (!tsa.IsConfigured) return 0;
        var anchored = 0;
        while (await AnchorBatchAsync(ct) is var count and > 0)
        {
            anchored += count;
            if (count < options.Value.AnchorBatchSize) break;
        }
        return anchored;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!tsa.IsConfigured)
        {
            logger.LogInformation("Traceability:Tsa:Url is not set: the head log is not time-stamped, and provenance pages show heads older than " +
                "{Minutes} minutes as not anchored.", 2 * options.Value.AnchorMinutes);
            return;
        }
        var period = TimeSpan.FromMinutes(options.Value.AnchorMinutes);
        using var timer = new PeriodicTimer(period);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var leases = scope.ServiceProvider.GetRequiredService<Instances.JobLeases>();
                if (!await leases.TryClaimAsync(Lease, 2 * period + TimeSpan.FromMinutes(1), stoppingToken)) continue;
                await AnchorAsync(stoppingToken);
                await leases.RecordRunAsync(Lease, stoppingToken);
            }
            catch (Exception ex) when (ex is TimestampAuthorityException or DbUpdateException or System.Data.Common.DbException or InvalidOperationException
                                       && !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Anchoring the trace log failed, tried again in {Minutes} min: {Problem}", options.Value.AnchorMinutes, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false) is true);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (tsa.IsConfigured) await Instances.LeaseRelease.TryAsync(scopes, Lease, cancellationToken);
    }

    private async Task<int> AnchorBatchAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketDbContext>();
        var after = await db.TraceAnchors.MaxAsync(a => (long?)a.LastSequence, ct) ?? 0;
        var entries = await db.TraceLog.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
            .Take(options.Value.AnchorBatchSize).Select(e => new { e.Id, e.Sequence, e.EntryHash }).ToListAsync(ct);
        // Only a gap-free run is anchored: a missing entry is never covered up by a root over the ones around it.
        var run = entries.TakeWhile((e, i) => e.Sequence == after + 1 + i).ToList();
        if (run.Count < entries.Count) logger.LogError("The trace log has a gap after entry {Sequence}: entries are missing.", after + run.Count);
        if (run.Count == 0) return 0;
        // A log that no longer holds the head last written outside the database was rewritten: anchoring it now would
        // overwrite the evidence, so it stops here and the pages show the records as altered. (An entry another instance
        // has just anchored is not that: it is simply left to it.)
        if (witness.Read() is { } witnessed && (run[0].Sequence <= witnessed.Sequence
            || await db.TraceLog.Where(e => e.Sequence == witnessed.Sequence).Select(e => e.EntryHash).FirstOrDefaultAsync(ct) != witnessed.EntryHash))
        {
            if (await AnchoredElsewhereAsync(run[0].Sequence, ct)) return 0;
            throw new InvalidOperationException($"the trace log no longer holds entry {witnessed.Sequence} as time-stamped at {witnessed.StampedAt:u} " +
                $"(witness {witness.Path}); nothing more is anchored until an operator has looked");
        }

        var leaves = run.Select(e => Convert.FromHexString(e.EntryHash)).ToList();
        var tree = MerkleTree.Build(leaves);
        var token = await tsa.StampAsync(tree.Root, ct);
        var stamp = tokens.Check(token, tree.Root);
        if (stamp.Problem is not null) throw new TimestampAuthorityException($"the time-stamp does not count: {stamp.Problem}");

        // One transaction (retried as a whole on MariaDB): the anchor and every entry's audit path, or nothing.
        var anchor = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var stamped = new TraceAnchor(run[0].Sequence, run[^1].Sequence, Convert.ToHexStringLower(tree.Root), token, stamp.Authority!, stamp.At!.Value, clock.GetUtcNow());
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.TraceAnchors.Add(stamped);
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException)
            {
                if (await AnchoredElsewhereAsync(run[0].Sequence, ct)) return null;
                throw;
            }
            for (var i = 0; i < run.Count; i++)
            {
                var (id, index, path) = (run[i].Id, i, string.Join(',', tree.Path(i).Select(Convert.ToHexStringLower)));
                await db.TraceLog.Where(e => e.Id == id).ExecuteUpdateAsync(e => e
                    .SetProperty(x => x.AnchorId, stamped.Id).SetProperty(x => x.AnchorIndex, index).SetProperty(x => x.AnchorPath, path), ct);
            }
            await transaction.CommitAsync(ct);
            return stamped;
        });
        if (anchor is null) return 0; // another instance anchored this batch first
        witness.Write(new WitnessHead(run[^1].Sequence, run[^1].EntryHash, anchor.Id, anchor.Root, stamp.At!.Value, anchor.Authority, Convert.ToBase64String(token)));
        return run.Count;
    }

    /// <summary>True when an anchor (saved by another instance meanwhile) already covers the entry.</summary>
    private async Task<bool> AnchoredElsewhereAsync(long sequence, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MarketDbContext>().TraceAnchors
            .AnyAsync(a => a.FirstSequence <= sequence && a.LastSequence >= sequence, ct);
    }
}
