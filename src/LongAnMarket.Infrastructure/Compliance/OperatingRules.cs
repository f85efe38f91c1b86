using LongAnMarket.Core.Common;
using LongAnMarket.Core.Compliance;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Compliance;

public sealed record RulesDraft(string Title, string Body, string Changes, DateOnly EffectiveFrom);

/// <summary>One version as the lists show it (no body).</summary>
public sealed record RulesVersionSummary(int Number, string Title, string Changes, DateOnly EffectiveFrom, string PublishedBy, DateTimeOffset PublishedAt);

/// <summary>
/// The operating rules as versions: the one in force is the latest whose effective day has come; a new one is
/// announced at least <see cref="RulesOptions.NoticeDays"/> ahead; and a producer changes its listings only once it has
/// accepted the version in force.
/// </summary>
public sealed class OperatingRules(MarketDbContext db, TimeProvider clock, IOptions<RulesOptions> options)
{
    public DateOnly Today => VietnamTime.Today(clock);

    /// <summary>The first day a version published now may take effect (the very first version: today).</summary>
    public async Task<DateOnly> EarliestEffectiveAsync(CancellationToken ct) =>
        await db.RulesVersions.AnyAsync(ct) ? Today.AddDays(options.Value.NoticeDays) : Today;

    public Task<RulesVersion?> InForceAsync(CancellationToken ct)
    {
        var today = Today;
        return db.RulesVersions.AsNoTracking().Where(v => v.EffectiveFrom <= today).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
    }

    /// <summary>The version in force among <paramref name="versions"/>: the latest whose effective day has come.</summary>
    public RulesVersionSummary? InForceOf(IEnumerable<RulesVersionSummary> versions) =>
        versions.Where(v => v.EffectiveFrom <= Today).MaxBy(v => v.Number);

    public Task<RulesVersion?> VersionAsync(int number, CancellationToken ct) =>
        db.RulesVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Number == number, ct);

    public async Task<IReadOnlyList<RulesVersionSummary>> AllAsync(CancellationToken ct) =>
        (await db.RulesVersions.AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Title, v.Changes, v.EffectiveFrom, v.PublishedBy, v.PublishedAt }).ToListAsync(ct))
        .Select(v => new RulesVersionSummary(v.Number, v.Title, v.Changes, v.EffectiveFrom, v.PublishedBy, v.PublishedAt.ToDateTimeOffset()))
        .ToList();

    /// <summary>The version in force when this producer has not accepted it; null when nothing is waiting for it.</summary>
    public async Task<RulesVersionSummary?> AwaitingAcceptanceAsync(int producerId, CancellationToken ct)
    {
        var today = Today;
        var version = await db.RulesVersions.AsNoTracking().Where(v => v.EffectiveFrom <= today).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Title, v.Changes, v.EffectiveFrom, v.PublishedBy, v.PublishedAt }).FirstOrDefaultAsync(ct);
        if (version is null || await db.RulesAcceptances.AnyAsync(a => a.ProducerId == producerId && a.VersionNumber == version.Number, ct)) return null;
        return new RulesVersionSummary(version.Number, version.Title, version.Changes, version.EffectiveFrom, version.PublishedBy, version.PublishedAt.ToDateTimeOffset());
    }

    /// <summary>Refuses a change to listings until the producer has accepted the version in force.</summary>
    public async Task EnsureAcceptedAsync(int producerId, CancellationToken ct)
    {
        if (await AwaitingAcceptanceAsync(producerId, ct) is { } waiting)
            throw new RulesNotAcceptedException(waiting.Number);
    }

    /// <summary>Records the acceptance (once: accepting again changes nothing). Only a published version can be accepted.</summary>
    public async Task AcceptAsync(int producerId, int number, string acceptedBy, CancellationToken ct)
    {
        if (!await db.RulesVersions.AnyAsync(v => v.Number == number, ct)) throw new DomainException("Không có phiên bản quy chế này.");
        if (await db.RulesAcceptances.AnyAsync(a => a.ProducerId == producerId && a.VersionNumber == number, ct)) return;
        db.RulesAcceptances.Add(new RulesAcceptance(producerId, number, acceptedBy, clock.GetUtcNow().ToOffset(VietnamTime.Offset)));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // A second click (another tab) recorded it first: accepted all the same.
            if (!await db.RulesAcceptances.AnyAsync(a => a.ProducerId == producerId && a.VersionNumber == number, ct)) throw;
        }
    }

    /// <summary>Publishes the next version. Refused when a required section is missing or the notice is too short.</summary>
    public async Task<RulesVersion> PublishAsync(RulesDraft draft, string actor, CancellationToken ct)
    {
        var missing = string.Join("; ", RulesChecklist.Review(draft.Body ?? "").Where(c => !c.Present).Select(c => c.Item.Label));
        if (missing.Length > 0) throw new DomainException($"Quy chế còn thiếu mục bắt buộc: {missing}.") { Field = "Body" };
        var earliest = await EarliestEffectiveAsync(ct);
        if (draft.EffectiveFrom < earliest)
            throw new DomainException($"Ngày hiệu lực sớm nhất là {earliest:dd/MM/yyyy}: người bán cần được báo trước {options.Value.NoticeDays} ngày.") { Field = "EffectiveFrom" };
        var number = (await db.RulesVersions.MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        var version = new RulesVersion(number, draft.Title, draft.Body ?? "", draft.Changes, draft.EffectiveFrom, actor, clock.GetUtcNow().ToOffset(VietnamTime.Offset));
        db.RulesVersions.Add(version);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException($"Phiên bản {number} vừa được người khác công bố. Hãy tải lại trang để xem.");
        }
        return version;
    }

    /// <summary>Producers that sell (approved) and have not accepted <paramref name="number"/>.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, string Email)>> NotAcceptedAsync(int number, CancellationToken ct) =>
        (await db.Producers.AsNoTracking()
            .Where(p => p.Status == Core.Producers.ProducerStatus.Approved
                        && !db.RulesAcceptances.Any(a => a.ProducerId == p.Id && a.VersionNumber == number))
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Email }).ToListAsync(ct))
        .Select(p => (p.Id, p.Name, p.Email)).ToList();
}

/// <summary>A change to listings refused until the producer accepts the operating rules in force.</summary>
public sealed class RulesNotAcceptedException : DomainException
{
    public const string FieldName = "AcceptRules";

    public RulesNotAcceptedException(int version)
        : base($"Quy chế hoạt động phiên bản {version} đã có hiệu lực. Hãy đọc và đồng ý trước khi thay đổi sản phẩm.")
    {
        Version = version;
        Field = FieldName;
    }

    public int Version { get; }
}
