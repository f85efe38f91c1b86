namespace LongAnMarket.Core.Producers;

/// <summary>Where a business stands in its yearly identity re-confirmation, as the reminders it was sent say.</summary>
public enum ReconfirmationStage
{
    None = 0,
    /// <summary>Due within the notice period: first reminder.</summary>
    Upcoming = 1,
    /// <summary>Due date passed, grace period running: second reminder.</summary>
    Overdue = 2,
    /// <summary>Grace period over: listings taken off sale.</summary>
    Lapsed = 3,
}
