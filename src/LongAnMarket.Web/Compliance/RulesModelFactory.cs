using LongAnMarket.Core.Compliance;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Factories;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Compliance;

public sealed class RulesModelFactory(OperatingRules rules, MarketDbContext db, SitePageModelFactory pages)
{
    /// <summary>Version <paramref name="number"/>, or the one in force when none is named.</summary>
    public async Task<RulesPageModel?> PageAsync(int? number, CancellationToken ct)
    {
        var all = await rules.AllAsync(ct);
        var inForce = rules.InForceOf(all);
        if ((number ?? inForce?.Number) is not { } shown || await rules.VersionAsync(shown, ct) is not { } version) return null;
        return new RulesPageModel(version.Number, pages.Fill(version.Title), version.EffectiveFrom, version.PublishedAt.ToDateTimeOffset(),
            pages.Blocks(version.Changes), pages.Blocks(version.Body), inForce, all);
    }

    public async Task<SellerRulesModel> SellerAsync(int producerId, string? returnUrl, string? notice, CancellationToken ct)
    {
        var all = await rules.AllAsync(ct);
        var current = rules.InForceOf(all);
        var accepted = (await db.RulesAcceptances.AsNoTracking().Where(a => a.ProducerId == producerId).OrderByDescending(a => a.VersionNumber)
            .Select(a => new { a.VersionNumber, a.At, a.AcceptedBy }).ToListAsync(ct))
            .Select(a => (a.VersionNumber, a.At.ToDateTimeOffset(), a.AcceptedBy)).ToList();
        var upcoming = all.Where(v => v.Number > (current?.Number ?? 0)).MaxBy(v => v.Number);
        return new SellerRulesModel(current, current is not null && accepted.Any(a => a.VersionNumber == current.Number),
            upcoming, upcoming is not null && accepted.Any(a => a.VersionNumber == upcoming.Number), accepted, returnUrl, notice);
    }

    public async Task<AdminRulesModel> AdminAsync(string? notice, CancellationToken ct)
    {
        var all = await rules.AllAsync(ct);
        var selling = await db.Producers.CountAsync(p => p.Status == Core.Producers.ProducerStatus.Approved, ct);
        var counts = await db.RulesAcceptances.AsNoTracking()
            .Where(a => db.Producers.Any(p => p.Id == a.ProducerId && p.Status == Core.Producers.ProducerStatus.Approved))
            .GroupBy(a => a.VersionNumber).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var inForce = rules.InForceOf(all);
        var notAccepted = inForce is null ? [] : await rules.NotAcceptedAsync(inForce.Number, ct);
        return new AdminRulesModel(all.Select(v => (v, counts.GetValueOrDefault(v.Number))).ToList(), selling, inForce, notAccepted, notice);
    }

    /// <summary>The editor, starting from the latest version's text when no form was sent.</summary>
    public async Task<RulesEditorModel> EditorAsync(RulesForm? form, CancellationToken ct)
    {
        var latest = await db.RulesVersions.AsNoTracking().OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        var earliest = await rules.EarliestEffectiveAsync(ct);
        form ??= new RulesForm { Title = latest?.Title ?? "Quy chế hoạt động", Body = latest?.Body ?? "", EffectiveFrom = earliest };
        return new RulesEditorModel(form, RulesChecklist.Review(form.Body), earliest, (latest?.Number ?? 0) + 1);
    }
}
