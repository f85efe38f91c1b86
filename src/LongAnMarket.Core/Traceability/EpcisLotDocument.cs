using System.Globalization;
using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// A lot's full record as an EPCIS 2.0 EPCISDocument: its events in chain order (error declarations as restated
/// events) and, under "longan:chain", what <see cref="EpcisLotVerifier"/> checks offline: the links and their signatures,
/// the lot's statements in the platform's head log with the Merkle path from each anchored one to its time-stamped root
/// and the RFC 3161 token, and a statement signed at export time of how many records the document holds.
/// </summary>
public static class EpcisLotDocument
{
    public const string ChainKey = EpcisEventJson.Prefix + ":chain";
    public const string ExportVersion = "longan-trace-export/1";

    /// <param name="verification">The record as the platform has just verified it: only an intact one gets a signed export
    /// statement; an altered one carries the verdict instead, so its export never verifies offline either.</param>
    public static JsonObject Build(Lot lot, string documentUri, DateTimeOffset createdAt, IReadOnlyList<TraceLogEntry> statements,
        IReadOnlyDictionary<long, TraceAnchor> anchors, ITraceSigner signer, LotVerification verification, int anchorMinutes)
    {
        var records = lot.Events.OrderBy(e => e.Sequence).ToList();
        var created = EpcisEventJson.Time(createdAt);
        var chain = new JsonObject
        {
            [Ext("version")] = TraceChain.Name(lot.ChainVersion),
            [Ext("lot")] = lot.DigitalLink.CanonicalUri,
            [Ext("genesis")] = lot.GenesisLink,
            [Ext("links")] = new JsonArray(records.Select(e => (JsonNode)Link(e)).ToArray()),
            [Ext("anchorMinutes")] = anchorMinutes,
            [Ext("log")] = new JsonArray(statements.Select(s => (JsonNode)Statement(s, anchors)).ToArray()),
        };
        if (!verification.IsIntact)
            chain[Ext("audit")] = new JsonObject
            {
                [Ext("alteredAfterEvent")] = (verification.FirstAlteredRecord ?? 1) - 1,
                [Ext("problem")] = verification.Problem,
            };
        else
        {
            var text = ExportText(documentUri, lot.DigitalLink.CanonicalUri, records.Count, lot.HeadLink ?? lot.GenesisLink, created);
            chain[Ext("export")] = new JsonObject
            {
                [Ext("recordCount")] = records.Count,
                [Ext("head")] = lot.HeadLink ?? lot.GenesisLink,
                [Ext("keyId")] = signer.KeyId,
                [Ext("signature")] = signer.Sign(TraceChain.Sha256Hex(text)),
            };
        }
        return new JsonObject
        {
            ["@context"] = EpcisEventJson.Context(),
            ["id"] = documentUri,
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = created,
            ["epcisBody"] = new JsonObject
            {
                ["eventList"] = new JsonArray(records.Select(e => (JsonNode)EpcisEventJson.Build(lot, e)).ToArray()),
            },
            [ChainKey] = chain,
        };
    }

    /// <summary>What the export statement signs (its SHA-256): the document, the lot, how many records, the head, when.</summary>
    public static string ExportText(string documentUri, string lotUri, int recordCount, string head, string creationDate) =>
        string.Join('\n', ExportVersion, documentUri, lotUri, recordCount.ToString(CultureInfo.InvariantCulture), head, creationDate);

    private static JsonObject Link(TraceEvent record) => new()
    {
        [Ext("sequence")] = record.Sequence,
        [Ext("eventID")] = record.HashId,
        [Ext("attachments")] = new JsonArray(record.Attachments.Select(a => (JsonNode)JsonValue.Create(a.Sha256)!).ToArray()),
        [Ext("link")] = record.LinkHash,
        [Ext("keyId")] = record.KeyId,
        [Ext("signature")] = record.Signature,
    };

    private static JsonObject Statement(TraceLogEntry entry, IReadOnlyDictionary<long, TraceAnchor> anchors)
    {
        var json = new JsonObject
        {
            [Ext("sequence")] = entry.Sequence,
            [Ext("previous")] = entry.PreviousHash,
            [Ext("lot")] = entry.LotUri,
            [Ext("recordCount")] = entry.RecordCount,
            [Ext("head")] = entry.HeadLink,
            [Ext("time")] = TraceLogEntry.Time(entry.RecordedAtUtc),
            [Ext("keyId")] = entry.KeyId,
            [Ext("signature")] = entry.Signature,
            [Ext("entryHash")] = entry.EntryHash,
        };
        if (entry.AnchorId is { } id && anchors.TryGetValue(id, out var anchor))
            json[Ext("anchor")] = new JsonObject
            {
                [Ext("index")] = entry.AnchorIndex,
                [Ext("size")] = anchor.Size,
                [Ext("path")] = new JsonArray(entry.Path().Select(p => (JsonNode)JsonValue.Create(p)!).ToArray()),
                [Ext("root")] = anchor.Root,
                [Ext("token")] = Convert.ToBase64String(anchor.Token),
            };
        return json;
    }

    internal static string Ext(string name) => $"{EpcisEventJson.Prefix}:{name}";
}
