using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// Where an event happened, as recorded with the event (readPoint and bizLocation). A copy, not a reference:
/// renaming a place later must not alter a sealed record.
/// </summary>
public sealed record TracePlace(string Uri, string Name, string Area, decimal? Latitude, decimal? Longitude)
{
    public static TracePlace Of(TraceLocation location, string siteOrigin) =>
        new(location.Uri(siteOrigin), location.Name, location.Area, location.Latitude, location.Longitude);
}
