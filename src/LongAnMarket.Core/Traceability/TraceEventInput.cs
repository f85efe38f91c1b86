namespace LongAnMarket.Core.Traceability;

/// <summary>A lot consumed by a transformation: the record's "one step back".</summary>
public sealed class TraceEventInput
{
    private TraceEventInput() { }

    internal TraceEventInput(Lot input, decimal quantity)
    {
        InputLotId = input.Id;
        EpcClass = input.DigitalLink.CanonicalUri;
        Quantity = quantity;
        Unit = input.Unit;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int InputLotId { get; private set; }
    /// <summary>The input lot's canonical Digital Link, as sealed into the event.</summary>
    public string EpcClass { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public LotUnit Unit { get; private set; }
}
