using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>One line of an offline verification: a record and what was found.</summary>
public sealed record VerifiedRecord(int Sequence, string EventId, string? Problem);

public sealed record OfflineVerification(string Lot, IReadOnlyList<VerifiedRecord> Records)
{
    public bool IsIntact => Records.Count > 0 && Records.All(r => r.Problem is null);
    public int? FirstAltered => Records.FirstOrDefault(r => r.Problem is not null)?.Sequence;
}

/// <summary>
/// Checks an exported lot with nothing but the document and the platform's public key: every event's hash ID is
/// recomputed from its content, every link from the previous one, and every link's signature against the key.
/// </summary>
public static class EpcisLotVerifier
{
    public static OfflineVerification Verify(JsonElement document, ITraceSignatureVerifier key)
    {
        var root = JsonNode.Parse(document.GetRawText())?.AsObject() ?? throw new FormatException("The document is empty.");
        var events = root["epcisBody"]?["eventList"]?.AsArray() ?? throw new FormatException("The document has no epcisBody.eventList.");
        var chain = root[EpcisLotDocument.ChainKey]?.AsObject() ?? throw new FormatException($"The document has no \"{EpcisLotDocument.ChainKey}\".");
        var links = chain[Ext("links")]?.AsArray() ?? throw new FormatException("The chain has no links.");
        var lot = Text(chain, Ext("lot"));
        if ((string?)chain[Ext("version")] != TraceChain.Version) throw new FormatException($"Unknown chain version; this tool reads {TraceChain.Version}.");
        if (links.Count != events.Count) throw new FormatException($"{events.Count} events but {links.Count} chain links.");
        var namespaces = EpcisEventHash.Namespaces(document);

        var previous = TraceChain.Sha256Hex($"{TraceChain.Version}\ngenesis\n{lot}");
        var results = new List<VerifiedRecord>();
        var broken = false;
        for (var i = 0; i < events.Count; i++)
        {
            var evt = events[i]!.AsObject();
            var link = links[i]!.AsObject();
            var sequence = i + 1;
            var eventId = (string?)evt["eventID"] ?? "";
            string? linkHash = null;
            var problem = broken ? "after an altered record" : Check(evt, link, sequence, previous, namespaces, key, out linkHash);
            if (problem is null && linkHash is not null) previous = linkHash;
            broken |= problem is not null;
            results.Add(new VerifiedRecord(sequence, eventId, problem));
        }
        return new OfflineVerification(lot, results);
    }

    private static string? Check(JsonObject evt, JsonObject link, int sequence, string previous,
        IReadOnlyDictionary<string, string> namespaces, ITraceSignatureVerifier key, out string? linkHash)
    {
        linkHash = null;
        try
        {
            if ((int?)link[Ext("sequence")] != sequence) return "chain link out of order";
            var content = evt.DeepClone().AsObject();
            var declaration = content["errorDeclaration"]?.AsObject();
            content.Remove("errorDeclaration");
            content.Remove("eventID");
            var hashId = EpcisEventHash.HashId(JsonSerializer.SerializeToElement(content), namespaces);
            if ((string?)evt["eventID"] != hashId) return $"event content does not match its eventID (recomputed {hashId})";
            if (Text(link, Ext("eventID")) != hashId) return "chain link names another event";
            string? declarationDigest = null;
            if (declaration is not null)
                declarationDigest = LotSeal.DeclarationDigest(
                    DateTimeOffset.Parse(Text(declaration, "declarationTime"), CultureInfo.InvariantCulture),
                    Text(declaration, "reason"),
                    declaration["correctiveEventIDs"]?.AsArray().Select(id => (string?)id ?? "") ?? [],
                    (string?)declaration[Ext("explanation")]);
            var attachments = link[Ext("attachments")]?.AsArray().Select(a => (string?)a ?? "").ToList() ?? [];
            var inEvent = evt[Ext("attachments")]?.AsArray().Select(a => (string?)a?[Ext("sha256")] ?? "").ToList() ?? [];
            if (!attachments.SequenceEqual(inEvent)) return "attachment hashes differ between the event and its link";
            var expected = TraceChain.Link(sequence, previous, hashId, declarationDigest, attachments);
            if (Text(link, Ext("link")) != expected) return "chain link does not follow from the previous one";
            if (Text(link, Ext("keyId")) != key.KeyId) return "signed with another key";
            if (!key.Verify(expected, Text(link, Ext("signature")))) return "signature does not verify";
            linkHash = expected;
            return null;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException)
        {
            return "unreadable: " + ex.Message;
        }
    }

    private static string Text(JsonObject json, string name) =>
        (string?)json[name] ?? throw new FormatException($"\"{name}\" is missing.");

    private static string Ext(string name) => EpcisLotDocument.Ext(name);
}
