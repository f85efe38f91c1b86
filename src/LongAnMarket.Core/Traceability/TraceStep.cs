namespace LongAnMarket.Core.Traceability;

/// <summary>What happened to a lot, in the producer's words; each maps to one EPCIS event shape (see <see cref="EpcisEventJson"/>).</summary>
public enum TraceStep
{
    /// <summary>Harvested or produced here: the lot comes into being (ObjectEvent, ADD, bizStep commissioning).</summary>
    Commissioning = 0,
    /// <summary>Made from other lots (drying, milling, sausage making): a TransformationEvent.</summary>
    Transforming = 1,
    Inspecting = 2,
    Packing = 3,
    Shipping = 4,
    Receiving = 5,
    /// <summary>Taken off sale by its producer or the trade office (bizStep holding, disposition recalled).</summary>
    Recalling = 6,
}

public static class TraceSteps
{
    public static bool StartsLot(this TraceStep step) => step is TraceStep.Commissioning or TraceStep.Transforming;

    /// <summary>Steps a producer appends by hand to an existing lot.</summary>
    public static readonly TraceStep[] Appendable = [TraceStep.Inspecting, TraceStep.Packing, TraceStep.Shipping, TraceStep.Receiving];
}
