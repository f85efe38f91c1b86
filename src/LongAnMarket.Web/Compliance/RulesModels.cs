using LongAnMarket.Core.Compliance;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Compliance;

/// <summary>One version of the operating rules as its page shows it, with where it stands among the others.</summary>
public sealed record RulesPageModel(
    int Number, string Title, DateOnly EffectiveFrom, DateTimeOffset PublishedAt, IReadOnlyList<TextBlock> Changes, IReadOnlyList<TextBlock> Blocks,
    RulesVersionSummary? InForce, IReadOnlyList<RulesVersionSummary> Versions)
{
    public bool IsInForce => InForce?.Number == Number;
    public bool IsUpcoming => InForce is null || Number > InForce.Number;
}

/// <summary>The producer's page for the rules: the version waiting for its acceptance, if any, and the one announced next.</summary>
public sealed record SellerRulesModel(
    RulesVersionSummary? InForce, bool InForceAccepted, RulesVersionSummary? Upcoming, bool UpcomingAccepted,
    IReadOnlyList<(int Number, DateTimeOffset At, string By)> Acceptances, string? ReturnUrl, string? Notice);

/// <summary>The trade office's view: every version with how many selling producers accepted it, and who has not.</summary>
public sealed record AdminRulesModel(
    IReadOnlyList<(RulesVersionSummary Version, int Accepted)> Versions, int SellingProducers, RulesVersionSummary? InForce,
    IReadOnlyList<(int Id, string Name, string Email)> NotAccepted, string? Notice);

/// <summary>The form for a new version, with the checklist of required sections for the body as it stands.</summary>
public sealed record RulesEditorModel(RulesForm Form, IReadOnlyList<RulesChecklist.Check> Checklist, DateOnly EarliestEffective, int NextNumber);

public sealed class RulesForm
{
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Changes { get; set; } = "";
    public DateOnly? EffectiveFrom { get; set; }
    /// <summary>"check" re-shows the checklist without publishing.</summary>
    public string? Action { get; set; }
}
