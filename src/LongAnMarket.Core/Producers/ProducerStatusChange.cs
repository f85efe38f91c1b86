using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>One transition in a producer's life: who moved it, from what to what, when and why.</summary>
public sealed class ProducerStatusChange
{
    /// <summary>The actor named for changes made by the platform itself (seeding, imports).</summary>
    public const string SystemActor = "system";

    private ProducerStatusChange() { }

    internal ProducerStatusChange(ProducerStatus from, ProducerStatus to, string? reason, string actor, DateTimeOffset at)
    {
        From = from;
        To = to;
        Reason = reason;
        Actor = actor;
        At = RecordedTime.From(at);
    }

    public long Id { get; private set; }
    public int ProducerId { get; private set; }
    public ProducerStatus From { get; private set; }
    public ProducerStatus To { get; private set; }
    public string? Reason { get; private set; }
    public string Actor { get; private set; } = "";
    public RecordedTime At { get; private set; }
}
