using System.ComponentModel.DataAnnotations;
using LongAnMarket.Core.Complaints;

namespace LongAnMarket.Infrastructure.Complaints;

/// <summary>How long each side of a complaint has to act ("Complaints" section).</summary>
public sealed class ComplaintOptions
{
    public const string Section = "Complaints";

    /// <summary>Hours the producer has to answer; past them the case goes to the trade office.</summary>
    [Range(1, 720)]
    public int ProducerResponseHours { get; set; } = 48;

    /// <summary>Hours the buyer has to accept or escalate the producer's answer; past them it escalates, never accepts.</summary>
    [Range(1, 720)]
    public int ShopperResponseHours { get; set; } = 72;

    /// <summary>Days the trade office has to decide; past them the case is flagged as breached.</summary>
    [Range(1, 60)]
    public int TradeOfficeDecisionDays { get; set; } = 5;

    /// <summary>Seconds between runs of the deadline job.</summary>
    [Range(1, 86_400)]
    public int SweepSeconds { get; set; } = 60;

    public ComplaintDeadlines Deadlines =>
        new(TimeSpan.FromHours(ProducerResponseHours), TimeSpan.FromHours(ShopperResponseHours), TimeSpan.FromDays(TradeOfficeDecisionDays));
}
