using System.Globalization;
using System.Text.Json.Nodes;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The EPCIS 2.0 JSON-LD form of a lot's records: what the hash ID is computed over, what the export contains and
/// what <c>verify-lot</c> recomputes. Every field the provenance page shows is in here, most as "longan:" extensions.
/// </summary>
public static class EpcisEventJson
{
    public const string Prefix = "longan";
    public const string Namespace = "https://ns.longanmarket.vn/epcis/";
    public const string EpcisContext = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    public static readonly IReadOnlyDictionary<string, string> Namespaces = new Dictionary<string, string> { [Prefix] = Namespace };

    public static JsonArray Context() => [EpcisContext, new JsonObject { [Prefix] = Namespace }];

    /// <summary>The event as recorded; for an error declaration, the erroneous event restated with its declaration.</summary>
    public static JsonObject Build(Lot lot, TraceEvent record)
    {
        if (record.IsErrorDeclaration)
        {
            var erroneous = record.ErroneousEvent ?? throw new InvalidOperationException("Load the erroneous event with its declaration.");
            var restated = Build(lot, erroneous);
            restated["errorDeclaration"] = Declaration(record);
            return restated;
        }
        var json = new JsonObject
        {
            ["type"] = record.Step == TraceStep.Transforming ? "TransformationEvent" : "ObjectEvent",
            ["eventTime"] = Time(record.EventTime.ToDateTimeOffset()),
            ["eventTimeZoneOffset"] = Offset(record.EventTime.OffsetMinutes),
        };
        if (record.HashId is not null) json["eventID"] = record.HashId;
        var lotClass = lot.DigitalLink.CanonicalUri;
        if (record.Step == TraceStep.Transforming)
        {
            json["inputQuantityList"] = new JsonArray(record.Inputs.Select(i => (JsonNode)Quantity(i.EpcClass, i.Quantity, i.Unit)).ToArray());
            json["outputQuantityList"] = new JsonArray(Quantity(lotClass, lot.Quantity, lot.Unit));
        }
        else
        {
            json["epcList"] = new JsonArray();
            json["action"] = record.Step == TraceStep.Commissioning ? "ADD" : "OBSERVE";
            json["quantityList"] = new JsonArray(record.Step == TraceStep.Commissioning
                ? Quantity(lotClass, lot.Quantity, lot.Unit)
                : new JsonObject { ["epcClass"] = lotClass });
        }
        json["bizStep"] = BizStep(record.Step);
        if (record.Disposition is { } disposition) json["disposition"] = disposition;
        json["readPoint"] = new JsonObject { ["id"] = record.Place.Uri };
        json["bizLocation"] = new JsonObject { ["id"] = record.Place.Uri };
        if (record.Step.StartsLot()) json["ilmd"] = LotMasterData(lot);
        json[Ext("place")] = Place(record.Place);
        if (record.Process is not null && !record.IsErrorDeclaration) json[Ext("process")] = record.Process;
        if (record.Step == TraceStep.Recalling && record.Reason is not null) json[Ext("reason")] = record.Reason;
        if (record.Note is not null) json[Ext("note")] = record.Note;
        if (record.Attachments.Count > 0)
            json[Ext("attachments")] = new JsonArray(record.Attachments.Select(a => (JsonNode)new JsonObject
            {
                [Ext("kind")] = a.Kind.ToString().ToLowerInvariant(),
                [Ext("path")] = a.Path,
                [Ext("contentType")] = a.ContentType,
                [Ext("sha256")] = a.Sha256,
            }).ToArray());
        return json;
    }

    public static JsonObject Declaration(TraceEvent declaration) => new()
    {
        ["declarationTime"] = Time(declaration.EventTime.ToDateTimeOffset()),
        ["reason"] = "incorrect_data",
        ["correctiveEventIDs"] = new JsonArray(JsonValue.Create(declaration.CorrectiveEvent?.HashId
            ?? throw new InvalidOperationException("Seal the corrective event before its declaration."))),
        [Ext("explanation")] = declaration.Reason,
    };

    public static string BizStep(TraceStep step) => step switch
    {
        TraceStep.Commissioning or TraceStep.Transforming => "commissioning",
        TraceStep.Inspecting => "inspecting",
        TraceStep.Packing => "packing",
        TraceStep.Shipping => "shipping",
        TraceStep.Receiving => "receiving",
        TraceStep.Recalling => "holding",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    public static string Time(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static string Offset(short minutes) =>
        (minutes < 0 ? "-" : "+") + TimeSpan.FromMinutes(Math.Abs(minutes)).ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static string Ext(string name) => $"{Prefix}:{name}";

    private static JsonObject Quantity(string epcClass, decimal quantity, LotUnit unit) => new()
    {
        ["epcClass"] = epcClass,
        ["quantity"] = quantity / 1.000000000000000000000000000000000m,
        ["uom"] = unit.UnCefactCode(),
    };

    private static JsonObject Place(TracePlace place)
    {
        var json = new JsonObject { [Ext("name")] = place.Name, [Ext("area")] = place.Area };
        if (place.Latitude is { } latitude && place.Longitude is { } longitude)
        {
            json[Ext("latitude")] = latitude.ToString("0.######", CultureInfo.InvariantCulture);
            json[Ext("longitude")] = longitude.ToString("0.######", CultureInfo.InvariantCulture);
        }
        return json;
    }

    private static JsonObject LotMasterData(Lot lot)
    {
        var ilmd = new JsonObject
        {
            [Ext("productName")] = lot.ProductName,
            [Ext("packSize")] = lot.PackSize,
            [Ext("producerName")] = lot.ProducerName,
            [Ext("producerTaxCode")] = lot.ProducerTaxCode,
            [Ext("productionDate")] = lot.ProducedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (lot.BestBefore is { } bestBefore) ilmd[Ext("bestBeforeDate")] = bestBefore.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (lot.Plot is not null) ilmd[Ext("plot")] = lot.Plot;
        if (lot.Certificates.Count > 0)
            ilmd[Ext("certificates")] = new JsonArray(lot.Certificates.Select(c => (JsonNode)Certificate(c)).ToArray());
        return ilmd;
    }

    private static JsonObject Certificate(LotCertificate certificate)
    {
        var json = new JsonObject
        {
            [Ext("kind")] = certificate.Kind.ToString(),
            [Ext("number")] = certificate.Number,
            [Ext("issuer")] = certificate.Issuer,
            [Ext("validFrom")] = certificate.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (certificate.ValidUntil is { } until) json[Ext("validUntil")] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return json;
    }
}
