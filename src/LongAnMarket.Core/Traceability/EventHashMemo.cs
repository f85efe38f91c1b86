using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// Remembers the hash ID of event content already seen. The key is the event's full JSON text, so an edited row is
/// new content and is hashed afresh: a page that re-verifies its chain on every view pays for canonicalisation once.
/// </summary>
public sealed class EventHashMemo(int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, string> _hashIds = new(StringComparer.Ordinal);

    public string HashId(JsonObject epcisEvent, IReadOnlyDictionary<string, string> namespaces)
    {
        var text = epcisEvent.ToJsonString();
        if (_hashIds.TryGetValue(text, out var known)) return known;
        using var document = JsonDocument.Parse(text);
        var hashId = EpcisEventHash.HashId(document.RootElement, namespaces);
        if (_hashIds.Count >= capacity) _hashIds.Clear();
        _hashIds[text] = hashId;
        return hashId;
    }

    /// <summary>No memory: every call hashes (sealing a new record).</summary>
    public static string Compute(JsonObject epcisEvent, IReadOnlyDictionary<string, string> namespaces) =>
        EpcisEventHash.HashId(JsonSerializer.SerializeToElement(epcisEvent), namespaces);
}
