using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// A lot's full record as an EPCIS 2.0 EPCISDocument: its events in chain order (error declarations as restated
/// events) and, under "longan:chain", the links and signatures that <see cref="EpcisLotVerifier"/> checks offline.
/// </summary>
public static class EpcisLotDocument
{
    public const string ChainKey = EpcisEventJson.Prefix + ":chain";

    public static JsonObject Build(Lot lot, string documentUri, DateTimeOffset createdAt)
    {
        var records = lot.Events.OrderBy(e => e.Sequence).ToList();
        return new JsonObject
        {
            ["@context"] = EpcisEventJson.Context(),
            ["id"] = documentUri,
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = EpcisEventJson.Time(createdAt),
            ["epcisBody"] = new JsonObject
            {
                ["eventList"] = new JsonArray(records.Select(e => (JsonNode)EpcisEventJson.Build(lot, e)).ToArray()),
            },
            [ChainKey] = new JsonObject
            {
                [Ext("version")] = TraceChain.Version,
                [Ext("lot")] = lot.DigitalLink.CanonicalUri,
                [Ext("genesis")] = lot.GenesisLink,
                [Ext("links")] = new JsonArray(records.Select(e => (JsonNode)Link(e)).ToArray()),
            },
        };
    }

    private static JsonObject Link(TraceEvent record) => new()
    {
        [Ext("sequence")] = record.Sequence,
        [Ext("eventID")] = record.HashId,
        [Ext("attachments")] = new JsonArray(record.Attachments.Select(a => (JsonNode)JsonValue.Create(a.Sha256)!).ToArray()),
        [Ext("link")] = record.LinkHash,
        [Ext("keyId")] = record.KeyId,
        [Ext("signature")] = record.Signature,
    };

    internal static string Ext(string name) => $"{EpcisEventJson.Prefix}:{name}";
}
