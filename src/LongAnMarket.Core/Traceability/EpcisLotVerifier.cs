using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>One line of an offline verification: a record and what was found.</summary>
public sealed record VerifiedRecord(int Sequence, string EventId, string? Problem);

/// <summary>
/// The outcome of checking an export: each record, what is wrong with the document as a whole (its signed export
/// statement, its head-log statements, their time-stamps), and the latest time-stamp that held.
/// </summary>
public sealed record OfflineVerification(string Lot, IReadOnlyList<VerifiedRecord> Records, IReadOnlyList<string> Problems, StampCheck? LatestStamp)
{
    public bool IsIntact => Records.Count > 0 && Records.All(r => r.Problem is null) && Problems.Count == 0;
    public int? FirstAltered => Records.FirstOrDefault(r => r.Problem is not null)?.Sequence;
}

/// <summary>
/// Checks an exported lot with nothing but the document, the platform's public keys and (to count its time-stamps) the
/// TSA's certificate: every event's hash ID is recomputed from its content, every link from the previous one, every
/// signature against the key its kid names; the export statement must cover every record, the lot's head-log statements
/// must state the chain's heads, and each time-stamp's Merkle path must lead to the root its token stamps.
/// </summary>
public static class EpcisLotVerifier
{
    /// <param name="expectedLot">The Digital Link of the lot the reader holds; another lot's export is refused.</param>
    /// <param name="checkToken">Checks a token over a root (signature, TSA chain); null = time-stamps are not counted.</param>
    public static OfflineVerification Verify(JsonElement document, ITraceKeys keys, DigitalLink? expectedLot = null,
        Func<byte[], byte[], StampCheck>? checkToken = null)
    {
        var root = JsonNode.Parse(document.GetRawText())?.AsObject() ?? throw new FormatException("The document is empty.");
        var events = root["epcisBody"]?["eventList"]?.AsArray() ?? throw new FormatException("The document has no epcisBody.eventList.");
        var chain = root[EpcisLotDocument.ChainKey]?.AsObject() ?? throw new FormatException($"The document has no \"{EpcisLotDocument.ChainKey}\".");
        var links = chain[Ext("links")]?.AsArray() ?? throw new FormatException("The chain has no links.");
        var lot = Text(chain, Ext("lot"));
        if (expectedLot is not null && lot != expectedLot.CanonicalUri)
            throw new WrongLotException($"This export is the record of lot {lot}, not of {expectedLot.CanonicalUri}.");
        var version = TraceChain.Parse((string?)chain[Ext("version")]);
        if (links.Count != events.Count) throw new FormatException($"{events.Count} events but {links.Count} chain links.");
        var namespaces = EpcisEventHash.Namespaces(document);

        var previous = TraceChain.Genesis(lot, version);
        var results = new List<VerifiedRecord>();
        var chainLinks = new List<string>();
        var broken = false;
        for (var i = 0; i < events.Count; i++)
        {
            var evt = events[i]!.AsObject();
            var link = links[i]!.AsObject();
            var sequence = i + 1;
            var eventId = (string?)evt["eventID"] ?? "";
            string? linkHash = null;
            var problem = broken ? "after an altered record" : Check(version, evt, link, sequence, previous, namespaces, keys, out linkHash);
            if (problem is null && linkHash is not null)
            {
                previous = linkHash;
                chainLinks.Add(linkHash);
            }
            broken |= problem is not null;
            results.Add(new VerifiedRecord(sequence, eventId, problem));
        }

        var problems = new List<string>();
        try { CheckExport(root, chain, lot, events.Count, previous, keys, problems); }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException)
        {
            problems.Add("the export statement is unreadable: " + ex.Message);
        }
        var latestStamp = CheckLog(chain, lot, chainLinks, events.Count, keys, checkToken, problems);
        return new OfflineVerification(lot, results, problems, latestStamp);
    }

    private static void CheckExport(JsonObject root, JsonObject chain, string lot, int count, string head, ITraceKeys keys, List<string> problems)
    {
        if (chain[Ext("audit")] is JsonObject audit)
            problems.Add($"the platform found this record altered after event {(int?)audit[Ext("alteredAfterEvent")]} when exporting it: {(string?)audit[Ext("problem")]}");
        if (chain[Ext("export")] is not JsonObject export)
        {
            problems.Add("the document has no signed export statement: it cannot show it holds every record");
            return;
        }
        var stated = (int?)export[Ext("recordCount")];
        var text = EpcisLotDocument.ExportText((string?)root["id"] ?? "", lot, stated ?? -1, (string?)export[Ext("head")] ?? "", (string?)root["creationDate"] ?? "");
        if (!TraceKeySet.Verifies(keys, (string?)export[Ext("keyId")], TraceChain.Sha256Hex(text), (string?)export[Ext("signature")]))
            problems.Add("the export statement's signature does not verify (the document's id, lot, date or record count was changed)");
        else if (stated != count) problems.Add($"the export statement covers {stated} records; the document holds {count} (records were removed)");
        else if ((string?)export[Ext("head")] != head && count > 0) problems.Add("the export statement's head is not the chain's last link");
    }

    private static StampCheck? CheckLog(JsonObject chain, string lot, IReadOnlyList<string> links, int count, ITraceKeys keys,
        Func<byte[], byte[], StampCheck>? checkToken, List<string> problems)
    {
        var log = chain[Ext("log")]?.AsArray();
        if (log is null || log.Count == 0)
        {
            problems.Add("the document has no head-log statement of this record");
            return null;
        }
        var window = TimeSpan.FromMinutes(2 * ((int?)chain[Ext("anchorMinutes")] ?? 5));
        StampCheck? latestStamp = null;
        var previousCount = 0;
        foreach (var node in log)
        {
            try { latestStamp = CheckStatement(node!.AsObject(), lot, links, count, keys, checkToken, window, ref previousCount, problems) ?? latestStamp; }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or JsonException or OverflowException)
            {
                problems.Add("a head-log statement is unreadable: " + ex.Message);
            }
        }
        if (previousCount < count) problems.Add($"records after {previousCount} have no statement in the head log");
        return latestStamp;
    }

    private static StampCheck? CheckStatement(JsonObject entry, string lot, IReadOnlyList<string> links, int count, ITraceKeys keys,
        Func<byte[], byte[], StampCheck>? checkToken, TimeSpan window, ref int previousCount, List<string> problems)
    {
        var sequence = (long?)entry[Ext("sequence")] ?? 0;
        var recordCount = (int?)entry[Ext("recordCount")] ?? 0;
        var time = DateTime.Parse(Text(entry, Ext("time")), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        var text = TraceLogEntry.Text(sequence, Text(entry, Ext("previous")), Text(entry, Ext("lot")), recordCount, Text(entry, Ext("head")), time, Text(entry, Ext("keyId")));
        var hash = TraceChain.Sha256Hex(text);
        if (hash != (string?)entry[Ext("entryHash")]) problems.Add($"log entry {sequence} differs from its hash");
        else if (!TraceKeySet.Verifies(keys, (string?)entry[Ext("keyId")], hash, (string?)entry[Ext("signature")]))
            problems.Add($"log entry {sequence}'s signature does not verify");
        if ((string?)entry[Ext("lot")] != lot) problems.Add($"log entry {sequence} states another lot");
        if (recordCount <= previousCount) problems.Add($"log entry {sequence} goes back to {recordCount} records");
        if (recordCount > count) problems.Add($"log entry {sequence} states {recordCount} records; the document holds {count} (records were removed)");
        else if (recordCount >= 1 && recordCount <= links.Count && links[recordCount - 1] != (string?)entry[Ext("head")])
            problems.Add($"record {recordCount} differs from the head stated at log entry {sequence}");
        previousCount = Math.Max(previousCount, recordCount);
        if (entry[Ext("anchor")] is not JsonObject anchor) return null;
        var stamp = CheckAnchor(anchor, hash, time, window, checkToken);
        if (stamp.Problem is null) return stamp;
        problems.Add($"log entry {sequence}: {stamp.Problem}");
        return null;
    }

    private static StampCheck CheckAnchor(JsonObject anchor, string entryHash, DateTime statedAt, TimeSpan window, Func<byte[], byte[], StampCheck>? checkToken)
    {
        var root = Convert.FromHexString(Text(anchor, Ext("root")));
        var path = anchor[Ext("path")]?.AsArray().Select(p => Convert.FromHexString((string?)p ?? "")).ToList() ?? [];
        var reached = MerkleTree.RootFromPath(Convert.FromHexString(entryHash), (long?)anchor[Ext("index")] ?? -1, (long?)anchor[Ext("size")] ?? 0, path);
        if (reached is null || !reached.AsSpan().SequenceEqual(root)) return StampCheck.Refused("its Merkle path does not lead to the time-stamped root");
        if (checkToken is null) return new StampCheck(null, null, null);
        var stamp = checkToken(Convert.FromBase64String(Text(anchor, Ext("token"))), root);
        if (stamp.Problem is not null) return stamp;
        return LotAudit.WithinWindow(statedAt, stamp.At, window) ? stamp : StampCheck.Refused($"time-stamped at {stamp.At:u}, outside its window");
    }

    private static string? Check(int version, JsonObject evt, JsonObject link, int sequence, string previous,
        IReadOnlyDictionary<string, string> namespaces, ITraceKeys keys, out string? linkHash)
    {
        linkHash = null;
        try
        {
            if ((int?)link[Ext("sequence")] != sequence) return "chain link out of order";
            var content = evt.DeepClone().AsObject();
            var declaration = content["errorDeclaration"]?.AsObject();
            content.Remove("errorDeclaration");
            content.Remove("eventID");
            var hashId = EpcisEventHash.HashId(JsonSerializer.SerializeToElement(content), namespaces, TraceChain.HashVersion(version));
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
            var expected = TraceChain.Link(version, sequence, previous, hashId, declarationDigest, attachments);
            if (Text(link, Ext("link")) != expected) return "chain link does not follow from the previous one";
            var keyId = Text(link, Ext("keyId"));
            if (keys.Find(keyId) is not { } key) return $"signed with a key not in the key set ({keyId})";
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

/// <summary>The export is a genuine record, but of another lot than the one the reader holds.</summary>
public sealed class WrongLotException(string message) : Exception(message);
