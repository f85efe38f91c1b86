using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The EPCIS Event Hash ID of GS1 CBV 2.0 §8.9: SHA-256 over a canonical pre-hash string of the event, so one event
/// hashes the same whatever its key order, time zone or identifier syntax. Reproduces the published vectors of the
/// reference implementation (github.com/RalphTro/epcis-event-hash-generator).
/// </summary>
public static class EpcisEventHash
{
    /// <summary>The canonical string the hash is computed over.</summary>
    /// <exception cref="FormatException">The event is not shaped like an EPCIS 2.0 JSON-LD event.</exception>
    public static string PreHash(JsonElement epcisEvent, IReadOnlyDictionary<string, string> namespaces,
        EventHashVersion version = EventHashVersion.Reference)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        return EpcisCanonicalForm.Of(epcisEvent, new EpcisCanonicalValue(namespaces), version);
    }

    /// <summary><c>ni:///sha-256;{lowercase hex}?ver=CBV2.0</c></summary>
    /// <exception cref="FormatException">The event is not shaped like an EPCIS 2.0 JSON-LD event.</exception>
    public static string HashId(JsonElement epcisEvent, IReadOnlyDictionary<string, string> namespaces,
        EventHashVersion version = EventHashVersion.Reference)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(PreHash(epcisEvent, namespaces, version)));
        return $"ni:///sha-256;{Convert.ToHexStringLower(digest)}?ver=CBV2.0";
    }

    /// <summary>Prefix → namespace URI, from the objects in the document's "@context" (a later one wins).</summary>
    public static IReadOnlyDictionary<string, string> Namespaces(JsonElement epcisDocument)
    {
        if (epcisDocument.ValueKind != JsonValueKind.Object)
            throw new FormatException("An EPCIS document must be a JSON object.");
        var namespaces = new Dictionary<string, string>();
        if (!epcisDocument.TryGetProperty("@context", out var context)) return namespaces;
        var entries = context.ValueKind == JsonValueKind.Array ? context.EnumerateArray().ToList() : [context];
        foreach (var entry in entries.Where(e => e.ValueKind == JsonValueKind.Object))
        {
            foreach (var term in entry.EnumerateObject())
            {
                if (!term.Name.StartsWith('@') && term.Value.ValueKind == JsonValueKind.String)
                    namespaces[term.Name] = term.Value.GetString()!;
            }
        }
        return namespaces;
    }

    /// <summary>The hash ID of every event in the document's event list, in document order.</summary>
    /// <exception cref="FormatException">The document has no event list, or one of its events is malformed.</exception>
    public static IReadOnlyList<string> HashIds(JsonElement epcisDocument)
    {
        var namespaces = Namespaces(epcisDocument);
        var events = EventsOf(epcisDocument);
        var hashIds = new List<string>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            try
            {
                hashIds.Add(HashId(events[i], namespaces));
            }
            catch (FormatException problem)
            {
                throw new FormatException($"Event {i + 1} of the document: {problem.Message}", problem);
            }
        }
        return hashIds;
    }

    /// <summary>epcisBody.eventList, a query document's epcisBody.queryResults.resultsBody.eventList, or epcisBody.event.</summary>
    private static List<JsonElement> EventsOf(JsonElement document)
    {
        if (!document.TryGetProperty("epcisBody", out var body) || body.ValueKind != JsonValueKind.Object)
            throw new FormatException("The document has no \"epcisBody\" object.");
        if (body.TryGetProperty("event", out var single) && single.ValueKind == JsonValueKind.Object)
            return [single];
        var list = body.TryGetProperty("eventList", out var eventList) ? eventList
            : body.TryGetProperty("queryResults", out var results) && results.ValueKind == JsonValueKind.Object
              && results.TryGetProperty("resultsBody", out var resultsBody) && resultsBody.ValueKind == JsonValueKind.Object
              && resultsBody.TryGetProperty("eventList", out var queryList) ? queryList
            : default;
        if (list.ValueKind != JsonValueKind.Array)
            throw new FormatException("The document has no \"epcisBody.eventList\" array.");
        return list.EnumerateArray().ToList();
    }
}
