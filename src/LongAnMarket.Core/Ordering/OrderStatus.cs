namespace LongAnMarket.Core.Ordering;

public enum OrderStatus
{
    PendingPayment,
    Paid,
    /// <summary>Money arrived after the order had expired or been cancelled: kept, for the trade office to settle.</summary>
    PaidNeedsReview,
    Completed,
    Cancelled,
    Expired,
    /// <summary>Money that could not be kept (it came for an expired or cancelled order) went back to the payer.</summary>
    Refunded,
}

public enum SubOrderStatus
{
    AwaitingPayment,
    Paid,
    Processing,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}

/// <summary>One move of an order or sub-order: from, to, who, when, and why when it was said.</summary>
public sealed record StatusChange<TStatus>(TStatus From, TStatus To, string Actor, DateTimeOffset At, string? Note) where TStatus : struct, Enum
{
    public int Id { get; private set; }
}
