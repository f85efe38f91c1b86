namespace LongAnMarket.Core.Complaints;

/// <summary>What went wrong with the goods.</summary>
public enum ComplaintReason
{
    Damaged = 1,
    WrongItem = 2,
    Missing = 3,
    NotAsDescribed = 4,
    Expired = 5,
    SuspectedFake = 6,
}

/// <summary>What the buyer asks for, and what a case ends with.</summary>
public enum ComplaintRemedy
{
    Refund = 1,
    Replacement = 2,
    ReturnAndRefund = 3,
    /// <summary>Only as an ending: nothing is owed.</summary>
    Rejected = 4,
}

/// <summary>Where a case stands: with the producer, back with the buyer, with the trade office, or closed.</summary>
public enum ComplaintStatus
{
    AwaitingProducer = 1,
    AwaitingBuyer = 2,
    WithTradeOffice = 3,
    Resolved = 4,
}

/// <summary>One step in a case's timeline.</summary>
public enum ComplaintStepKind
{
    Opened = 1,
    ProducerAccepted = 2,
    ProducerProposed = 3,
    ProducerRefused = 4,
    BuyerAccepted = 5,
    BuyerEscalated = 6,
    EscalatedForProducerSilence = 7,
    EscalatedForBuyerSilence = 8,
    TradeOfficeDecided = 9,
    RefundPaid = 10,
}

/// <summary>The response times a case runs on ("Complaints" settings).</summary>
public sealed record ComplaintDeadlines(TimeSpan ProducerResponse, TimeSpan BuyerResponse, TimeSpan TradeOfficeDecision)
{
    public static readonly ComplaintDeadlines Default = new(TimeSpan.FromHours(48), TimeSpan.FromHours(72), TimeSpan.FromDays(5));
}
