using System.Text;
using System.Text.Json;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// Walks one JSON-LD event into the CBV 2.0 pre-hash string: "eventType=…", the standard fields in canonical property
/// order, then everything else (bizTransaction/source/destination lists, errorDeclaration, ilmd, user extensions)
/// rendered and sorted together, which is where the reference implementation puts them.
/// </summary>
internal sealed class EpcisCanonicalForm(EpcisCanonicalValue values, EventHashVersion version)
{
    private enum Kind { Value, Time, Vocabulary }

    private sealed record Rule(string Name, Kind Kind = Kind.Value, string Vocabulary = "");

    private const string Cbv = "https://ref.gs1.org/cbv/";
    /// <summary>Sensor types and alert types, as CBV 2.0 expands them (CBV 2.1 moved them to ref.gs1.org/voc).</summary>
    private const string Gs1Voc = "https://gs1.org/voc/";

    /// <summary>The reference implementation's order at the vectors' commit: certificationInfo and parentID come early.</summary>

    private static readonly string[] CanonicalOrder =
    [
        "eventTime", "eventTimeZoneOffset", "certificationInfo", "parentID",
        "epcList", "inputEPCList", "childEPCs",
        "quantityList", "childQuantityList", "inputQuantityList", "outputEPCList", "outputQuantityList",
        "action", "transformationID", "bizStep", "disposition", "persistentDisposition",
        "readPoint", "bizLocation", "sensorElementList",
    ];

    /// <summary>Not part of what the event says: the hash must not change when a store assigns or records them.</summary>
    private static readonly HashSet<string> OutsideTheHash = ["type", "eventID", "recordTime", "@context", "comment", "rdfs:comment"];

    /// <summary>Ignored at any depth.</summary>
    private static readonly HashSet<string> Comments = ["@context", "comment", "rdfs:comment"];

    private static readonly Rule[] QuantityElement = [new("epcClass"), new("quantity"), new("uom")];
    private static readonly Rule[] Location = [new("id")];

    private static readonly Rule[] SensorMetadata =
    [
        new("time", Kind.Time), new("startTime", Kind.Time), new("endTime", Kind.Time), new("deviceID"),
        new("deviceMetadata"), new("rawData"), new("dataProcessingMethod"), new("bizRules"),
    ];

    private static readonly Rule[] SensorReport =
    [
        new("type", Kind.Vocabulary, Gs1Voc), new("exception", Kind.Vocabulary, Gs1Voc), new("deviceID"),
        new("deviceMetadata"), new("rawData"), new("dataProcessingMethod"), new("time", Kind.Time),
        new("microorganism"), new("chemicalSubstance"), new("value"), new("component", Kind.Vocabulary, Cbv + "Comp-"),
        new("stringValue"), new("booleanValue"), new("hexBinaryValue"), new("uriValue"), new("minValue"),
        new("maxValue"), new("meanValue"), new("sDev"), new("percRank"), new("percValue"), new("uom"),
        new("coordinateReferenceSystem"),
    ];

    public static string Of(JsonElement epcisEvent, EpcisCanonicalValue values, EventHashVersion version = EventHashVersion.Reference)
    {
        if (epcisEvent.ValueKind != JsonValueKind.Object)
            throw new FormatException($"An EPCIS event must be a JSON object, not {Describe(epcisEvent)}.");
        return new EpcisCanonicalForm(values, version).Event(epcisEvent);
    }

    private string Event(JsonElement evt)
    {
        if (!evt.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString()!.Trim().Length == 0)
            throw new FormatException("The event has no \"type\" (ObjectEvent, AggregationEvent, …).");
        if (!evt.TryGetProperty("eventTime", out var eventTime) || eventTime.ValueKind == JsonValueKind.Null
            || eventTime.ValueKind == JsonValueKind.String && eventTime.GetString()!.Trim().Length == 0)
            throw new FormatException("The event has no \"eventTime\".");

        var text = new StringBuilder("eventType=").Append(type.GetString()!.Trim());
        foreach (var name in CanonicalOrder)
        {
            if (evt.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                text.Append(Standard(name, value));
        }
        var rest = evt.EnumerateObject()
            .Where(p => !OutsideTheHash.Contains(p.Name) && !CanonicalOrder.Contains(p.Name)
                        && (version == EventHashVersion.WithErrorDeclaration || p.Name != "errorDeclaration"))
            .SelectMany(p => Rest(p.Name, p.Value));
        return text.Append(Sorted(rest)).ToString();
    }

    private string Standard(string name, JsonElement value) => name switch
    {
        "eventTime" => Pair(name, Apply(new Rule(name, Kind.Time), value)),
        "certificationInfo" => Sorted(Each(value).Select(v => Pair(name, Apply(new Rule(name), v)))),
        "epcList" or "inputEPCList" or "childEPCs" or "outputEPCList" =>
            Listed(name, Items(value, name).Select(epc => Pair("epc", Apply(new Rule(name), epc)))),
        "quantityList" or "childQuantityList" or "inputQuantityList" or "outputQuantityList" =>
            Listed(name, Items(value, name).Select(q => Wrapped("quantityElement", Fields(q, name, QuantityElement)))),
        "bizStep" => Pair(name, Apply(new Rule(name, Kind.Vocabulary, Cbv + "BizStep-"), value)),
        "disposition" => Pair(name, Apply(new Rule(name, Kind.Vocabulary, Cbv + "Disp-"), value)),
        "persistentDisposition" => Wrapped(name, Fields(value, name,
            [new("set", Kind.Vocabulary, Cbv + "Disp-"), new("unset", Kind.Vocabulary, Cbv + "Disp-")])),
        "readPoint" or "bizLocation" => Wrapped(name, Fields(value, name, Location)),
        "sensorElementList" => Listed(name, Items(value, name).Select(SensorElement)),
        _ => Pair(name, Apply(new Rule(name), value)),
    };

    private string SensorElement(JsonElement element)
    {
        var parts = new StringBuilder();
        if (Member(element, "sensorElementList", "sensorMetadata") is { } metadata)
            parts.Append(Wrapped("sensorMetadata", Fields(metadata, "sensorMetadata", SensorMetadata)));
        if (Member(element, "sensorElementList", "sensorReport") is { } reports)
            parts.Append(Sorted(Items(reports, "sensorReport").Select(r => Wrapped("sensorReport", Fields(r, "sensorReport", SensorReport)))));
        parts.Append(Extensions(element, ["sensorMetadata", "sensorReport"]));
        return Wrapped("sensorElement", parts.ToString());
    }

    private IEnumerable<string> Rest(string name, JsonElement value) => name switch
    {
        "bizTransactionList" => [Listed(name, Items(value, name).Select(e => Typed(e, name, "bizTransaction", Cbv + "BTT-")))],
        "sourceList" => [Listed(name, Items(value, name).Select(e => Typed(e, name, "source", Cbv + "SDT-")))],
        "destinationList" => [Listed(name, Items(value, name).Select(e => Typed(e, name, "destination", Cbv + "SDT-")))],
        "errorDeclaration" => [ErrorDeclaration(value)],
        _ => Generic(name, value),
    };

    /// <summary>The type precedes the identifier it qualifies: "type=…bizTransaction=…".</summary>
    private string Typed(JsonElement entry, string list, string idName, string typeVocabulary)
    {
        if (Member(entry, list, idName) is not { } id)
            throw new FormatException($"Every entry of \"{list}\" needs a \"{idName}\".");
        var type = Member(entry, list, "type") is { } t ? Pair("type", Apply(new Rule("type", Kind.Vocabulary, typeVocabulary), t)) : "";
        return type + Pair(idName, Apply(new Rule(idName), id)) + Extensions(entry, ["type", idName]);
    }

    private string ErrorDeclaration(JsonElement declaration)
    {
        if (declaration.ValueKind != JsonValueKind.Object)
            throw new FormatException($"\"errorDeclaration\" must be an object, not {Describe(declaration)}.");
        var parts = declaration.EnumerateObject().SelectMany(p => p.Name switch
        {
            "declarationTime" => [Pair(p.Name, Apply(new Rule(p.Name, Kind.Time), p.Value))],
            "reason" => [Pair(p.Name, Apply(new Rule(p.Name, Kind.Vocabulary, Cbv + "ER-"), p.Value))],
            "correctiveEventIDs" => [Listed(p.Name, Items(p.Value, p.Name).Select(id => Pair("correctiveEventID", Apply(new Rule(p.Name), id))))],
            _ when Comments.Contains(p.Name) => [],
            _ => Generic(p.Name, p.Value),
        });
        return Wrapped("errorDeclaration", Sorted(parts));
    }

    /// <summary>The standard fields of an object in their canonical order, then its extensions.</summary>
    private string Fields(JsonElement obj, string field, Rule[] rules)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new FormatException($"\"{field}\" must hold objects, not {Describe(obj)}.");
        var text = new StringBuilder();
        foreach (var rule in rules)
        {
            if (obj.TryGetProperty(rule.Name, out var value) && value.ValueKind != JsonValueKind.Null)
                text.Append(Sorted(Each(value).Select(v => Pair(rule.Name, Apply(rule, v)))));
        }
        return text.Append(Extensions(obj, rules.Select(r => r.Name).ToHashSet())).ToString();
    }

    /// <summary>Whatever an object carries beyond its standard fields, sorted, after them.</summary>
    private string Extensions(JsonElement obj, ICollection<string> standard) =>
        Sorted(obj.EnumerateObject().Where(p => !standard.Contains(p.Name) && !Comments.Contains(p.Name)).SelectMany(p => Generic(p.Name, p.Value)));

    /// <summary>A field outside the canonical order: "{namespace}local=value", objects followed by their sorted children.</summary>
    private IEnumerable<string> Generic(string name, JsonElement value)
    {
        var key = values.Key(name);
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                return value.EnumerateArray().SelectMany(item => Generic(name, item)).ToList();
            case JsonValueKind.Object:
                var children = value.EnumerateObject().Where(p => !Comments.Contains(p.Name));
                return [key + Sorted(children.SelectMany(p => Generic(p.Name, p.Value)))];
            case JsonValueKind.Null:
                return [];
            default:
                var text = Apply(new Rule(name), value);
                return [text.Length == 0 ? key : $"{key}={text}"];
        }
    }

    private string Apply(Rule rule, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!.Trim();
                if (text.Length == 0) return "";
                return rule.Kind switch
                {
                    Kind.Time => values.Timestamp(text, rule.Name),
                    Kind.Vocabulary => values.Vocabulary(text, rule.Vocabulary),
                    _ => values.Canonical(text),
                };
            case JsonValueKind.Number when rule.Kind != Kind.Time:
                return EpcisCanonicalValue.Number(value.GetRawText());
            case JsonValueKind.True or JsonValueKind.False when rule.Kind != Kind.Time:
                return value.GetBoolean() ? "true" : "false";
            case JsonValueKind.Null:
                return "";
            default:
                throw new FormatException($"\"{rule.Name}\" must be {(rule.Kind == Kind.Time ? "a date-time text" : "a single value")}, not {Describe(value)}.");
        }
    }

    private static JsonElement? Member(JsonElement obj, string field, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
            throw new FormatException($"\"{field}\" must hold objects, not {Describe(obj)}.");
        return obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    private static IEnumerable<JsonElement> Items(JsonElement value, string field) => value.ValueKind == JsonValueKind.Array
        ? value.EnumerateArray()
        : throw new FormatException($"\"{field}\" must be an array, not {Describe(value)}.");

    private static IEnumerable<JsonElement> Each(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [value];

    private static string Pair(string name, string value) => value.Length == 0 ? "" : $"{name}={value}";

    private static string Wrapped(string name, string content) => content.Length == 0 ? "" : name + content;

    /// <summary>A list's name appears once, followed by its rendered entries in sorted order; an empty list is omitted.</summary>
    private static string Listed(string name, IEnumerable<string> entries) => Wrapped(name, Sorted(entries));

    /// <summary>Sorted by Unicode code point (= UTF-8 byte order), as the algorithm specifies.</summary>
    private static string Sorted(IEnumerable<string> parts)
    {
        var list = parts.Where(p => p.Length > 0).ToList();
        list.Sort(ByCodePoint);
        return string.Concat(list);
    }

    private static int ByCodePoint(string a, string b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i]) return CodePointRank(a[i]) - CodePointRank(b[i]);
        }
        return a.Length - b.Length;
    }

    /// <summary>UTF-16 order is code point order except that surrogates (U+D800–DFFF) must rank above U+E000–FFFF.</summary>
    private static int CodePointRank(char c) => c < 0xD800 ? c : c < 0xE000 ? c + 0x2000 : c - 0x800;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
