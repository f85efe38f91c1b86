using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// Routes a one-segment path to the resolver only when it decompresses to a GS1 Digital Link of a GTIN; any other
/// unknown path stays the site's ordinary 404. The site's own routes are literal and always match first.
/// </summary>
public sealed class CompressedDigitalLinkConstraint : IRouteConstraint
{
    public const string Name = "gs1compressed";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string segment && DigitalLinkCompression.LooksCompressed(segment)
        && DigitalLinkCompression.Decompress(segment).Succeeded;
}
