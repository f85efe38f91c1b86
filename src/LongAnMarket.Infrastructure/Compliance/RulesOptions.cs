using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Compliance;

/// <summary>Operating rules ("Rules" section).</summary>
public sealed class RulesOptions
{
    public const string Section = "Rules";

    /// <summary>
    /// Days a new version is published before it applies, so sellers can read it first. Default 5: the notice period
    /// the Decree 52 rules for platforms are understood to set; see docs/compliance.md for what was verified.
    /// </summary>
    [Range(0, 365)]
    public int NoticeDays { get; set; } = 5;
}
