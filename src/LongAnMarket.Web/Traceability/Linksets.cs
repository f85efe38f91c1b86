using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// RFC 9264 linksets as GS1's resolver standard shapes them: one context object per level of the code (serial, lot,
/// GTIN), each anchored at its own uncompressed Digital Link, with an itemDescription and GS1 Web Vocabulary link types.
/// </summary>
public static class Linksets
{
    public const string MediaType = "application/linkset+json";

    /// <summary>GS1's JSON-LD context for linksets, named in a Link header of every linkset answer.</summary>
    public const string JsonLdContext = "https://ref.gs1.org/standards/resolver/linkset-context";

    public static readonly string[] Languages = ["vi"];

    /// <summary>Vietnamese titles as letters, not \u escapes.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>One link: <paramref name="MediaType"/> and the languages are left off for the default link, which has no optional attributes.</summary>
    public sealed record Link(string LinkType, string Href, string Title, string? MediaType = null);

    /// <summary>The links of one level of a code, anchored at that level's Digital Link.</summary>
    public sealed record Item(string Anchor, string Description, IReadOnlyList<Link> Links);

    public static JsonObject Build(IEnumerable<Item> items) =>
        new() { ["linkset"] = new JsonArray(items.Select(item => (JsonNode)Context(item)).ToArray()) };

    /// <summary>The link of <paramref name="linkType"/> at the most granular level that has one (levels most granular first).</summary>
    public static Link? Find(IEnumerable<Item> levels, string linkType) =>
        levels.SelectMany(level => level.Links).FirstOrDefault(link => link.LinkType == linkType);

    private static JsonObject Context(Item item)
    {
        var context = new JsonObject { ["anchor"] = item.Anchor, ["itemDescription"] = item.Description };
        foreach (var group in item.Links.GroupBy(l => l.LinkType))
            context[LinkTypes.Vocabulary + group.Key] = new JsonArray(group.Select(link => (JsonNode)Target(link)).ToArray());
        return context;
    }

    private static JsonObject Target(Link link)
    {
        var target = new JsonObject { ["href"] = link.Href, ["title"] = link.Title };
        if (link.LinkType == LinkTypes.DefaultLink) return target;
        if (link.MediaType is not null) target["type"] = link.MediaType;
        target["hreflang"] = new JsonArray(Languages.Select(l => (JsonNode)l).ToArray());
        return target;
    }
}
