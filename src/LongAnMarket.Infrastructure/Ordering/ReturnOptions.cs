using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Ordering;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// The trade office's floor under every producer's returns policy ("Returns" section). A producer may give buyers more
/// time, never less; raising the floor lifts every policy at the next order without editing it.
/// </summary>
public sealed class ReturnOptions
{
    public const string Section = "Returns";

    /// <summary>Days after delivery a buyer always has to report a problem with goods that keep.</summary>
    [Range(1, ReturnPolicy.MaxDays)]
    public int MinimumProblemReportDays { get; set; } = ReturnMinimum.Default.ProblemReportDays;

    /// <summary>Hours after delivery a buyer always has to report a problem with fresh produce, with a photo.</summary>
    [Range(1, ReturnPolicy.MaxHours)]
    public int MinimumPerishableReportHours { get; set; } = ReturnMinimum.Default.PerishableReportHours;

    public ReturnMinimum Minimum => new(MinimumProblemReportDays, MinimumPerishableReportHours);
}
