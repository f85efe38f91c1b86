namespace LongAnMarket.Infrastructure.Payments;

/// <summary>A Stripe event already acted on: Stripe retries and may send one event several times, in any order.</summary>
public sealed class StripeEventReceipt
{
    private StripeEventReceipt() { }

    public StripeEventReceipt(string eventId, string type, DateTime processedAtUtc)
    {
        EventId = eventId;
        Type = type;
        ProcessedAtUtc = processedAtUtc;
    }

    public string EventId { get; private set; } = "";
    public string Type { get; private set; } = "";
    public DateTime ProcessedAtUtc { get; private set; }
}
