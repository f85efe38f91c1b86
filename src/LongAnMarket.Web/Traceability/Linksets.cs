using System.Text.Json.Nodes;

namespace LongAnMarket.Web.Traceability;

/// <summary>RFC 9264 linksets with GS1 Web Vocabulary link types, as a GS1-conformant resolver answers them.</summary>
public static class Linksets
{
    public const string MediaType = "application/linkset+json";
    public const string Gs1Voc = "https://gs1.org/voc/";

    public sealed record Target(string LinkType, string Href, string Title, string? Type = null);

    public static JsonObject Build(string anchor, IEnumerable<Target> targets)
    {
        var set = new JsonObject { ["anchor"] = anchor };
        foreach (var group in targets.GroupBy(t => t.LinkType))
            set[Gs1Voc + group.Key] = new JsonArray(group.Select(t =>
            {
                var link = new JsonObject { ["href"] = t.Href, ["title"] = t.Title, ["hreflang"] = new JsonArray("vi") };
                if (t.Type is not null) link["type"] = t.Type;
                return (JsonNode)link;
            }).ToArray());
        return new JsonObject { ["linkset"] = new JsonArray(set) };
    }

    /// <summary>The client asked for the linkset rather than the page (?linkType=all or the linkset media type).</summary>
    public static bool IsRequested(HttpRequest request) =>
        string.Equals(request.Query["linkType"], "all", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.Any(a => a?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true);
}
