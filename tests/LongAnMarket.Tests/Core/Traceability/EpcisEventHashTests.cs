using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Tests.Core.Traceability;

public sealed class EpcisEventHashTests
{
    private static readonly string VectorFolder = Path.Combine(AppContext.BaseDirectory, "Standards", "epcis-event-hash");

    private const string Context = """["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld", {"longan": "https://ns.longanmarket.vn/epcis/"}]""";

    public static TheoryData<string, int> PublishedEvents()
    {
        var events = new TheoryData<string, int>();
        foreach (var vector in VectorNames())
        {
            using var document = Document(vector);
            for (var i = 0; i < EventList(document.RootElement).Count; i++) events.Add(vector, i);
        }
        return events;
    }

    [Theory]
    [MemberData(nameof(PublishedEvents))]
    public void Should_reproduce_the_published_pre_hash_string_and_hash_id(string vector, int index)
    {
        using var document = Document(vector);
        var epcisEvent = EventList(document.RootElement)[index];
        var namespaces = EpcisEventHash.Namespaces(document.RootElement);

        Assert.Equal(Lines(vector, "prehashes")[index], EpcisEventHash.PreHash(epcisEvent, namespaces));
        Assert.Equal(Lines(vector, "hashes")[index], EpcisEventHash.HashId(epcisEvent, namespaces));
    }

    [Fact]
    public void Should_hash_every_published_document_to_its_published_list_of_ids()
    {
        var vectors = VectorNames();

        Assert.Equal(6, vectors.Count);
        foreach (var vector in vectors)
        {
            using var document = Document(vector);
            Assert.Equal(Lines(vector, "hashes"), EpcisEventHash.HashIds(document.RootElement));
            Assert.Equal(Lines(vector, "hashes").Count, Lines(vector, "prehashes").Count);
        }
    }

    [Fact]
    public void Should_find_that_each_published_pre_hash_string_hashes_to_its_published_id()
    {
        foreach (var vector in VectorNames())
        {
            var hashIds = Lines(vector, "prehashes")
                .Select(preHash => $"ni:///sha-256;{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(preHash)))}?ver=CBV2.0");
            Assert.Equal(Lines(vector, "hashes"), hashIds);
        }
    }

    [Fact]
    public void Should_write_user_extensions_under_the_namespace_their_prefix_declares_and_sort_them()
    {
        var preHash = PreHash("""
            {
              "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00+07:00", "eventTimeZoneOffset": "+07:00",
              "epcList": ["https://id.gs1.org/01/09506000134352/21/1001"], "action": "OBSERVE", "bizStep": "inspecting",
              "longan:note": " Hàng loại 1 ",
              "longan:harvest": { "longan:variety": "Xuồng cơm vàng", "longan:brix": 21.50 }
            }
            """);

        Assert.Equal(
            "eventType=ObjectEventeventTime=2024-06-01T01:00:00.000ZeventTimeZoneOffset=+07:00"
            + "epcListepc=https://id.gs1.org/01/09506000134352/21/1001action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-inspecting"
            + "{https://ns.longanmarket.vn/epcis/}harvest{https://ns.longanmarket.vn/epcis/}brix=21.5{https://ns.longanmarket.vn/epcis/}variety=Xuồng cơm vàng"
            + "{https://ns.longanmarket.vn/epcis/}note=Hàng loại 1",
            preHash);
    }

    [Theory]
    [InlineData("2024-05-01T08:30:15.123456+07:00", "2024-05-01T01:30:15.123Z")]
    [InlineData("2024-05-01T08:30:15.1235+07:00", "2024-05-01T01:30:15.124Z")]
    [InlineData("2024-12-31T23:59:59.9995-01:00", "2025-01-01T01:00:00.000Z")]
    [InlineData("2024-05-01T08:30:15Z", "2024-05-01T08:30:15.000Z")]
    public void Should_write_event_time_in_utc_to_the_millisecond(string eventTime, string expected) =>
        Assert.Contains($"eventTime={expected}eventTimeZoneOffset=", PreHash($$"""
            { "type": "ObjectEvent", "eventTime": "{{eventTime}}", "eventTimeZoneOffset": "+07:00", "action": "OBSERVE" }
            """));

    [Fact]
    public void Should_give_one_hash_id_whatever_the_key_order_identifier_syntax_and_vocabulary_form()
    {
        var asCaptured = HashId("""
            {
              "type": "ObjectEvent", "eventTime": "2020-03-04T11:00:30+01:00", "eventTimeZoneOffset": "+01:00",
              "eventID": "urn:uuid:2b1a4c5e-0000-4000-8000-000000000001", "recordTime": "2020-03-04T11:05:00+01:00",
              "epcList": ["urn:epc:id:sscc:4012345.0000000333", "urn:epc:id:sgtin:4012345.011111.987"],
              "action": "OBSERVE", "bizStep": "shipping", "disposition": "in_transit",
              "readPoint": { "id": "urn:epc:id:sgln:4012345.00011.0" },
              "bizTransactionList": [{ "type": "po", "bizTransaction": "urn:epc:id:gdti:4012345.11111.123" }]
            }
            """);
        var restated = HashId("""
            {
              "bizTransactionList": [{ "bizTransaction": "https://id.gs1.org/253/4012345111118123", "type": "cbv:BTT-po" }],
              "readPoint": { "id": "https://example.com/414/4012345000115?linkType=all" },
              "disposition": "urn:epcglobal:cbv:disp:in_transit", "bizStep": "https://ref.gs1.org/cbv/BizStep-shipping",
              "action": "OBSERVE",
              "epcList": ["https://id.gs1.org/01/04012345111118/21/987", "https://example.com/sscc/040123450000003338"],
              "eventTimeZoneOffset": "+01:00", "eventTime": "2020-03-04T10:00:30.000Z", "type": "ObjectEvent"
            }
            """);

        Assert.Equal(asCaptured, restated);
    }

    [Fact]
    public void Should_keep_only_the_most_fine_grained_key_of_a_digital_link_on_gs1s_domain() =>
        Assert.Contains("epcListepc=https://id.gs1.org/01/09506000134352/21/123action=", PreHash("""
            {
              "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "eventTimeZoneOffset": "+07:00",
              "epcList": ["https://longanmarket.vn/01/9506000134352/10/ABC/21/123?17=250101"], "action": "OBSERVE"
            }
            """));

    [Theory]
    [InlineData("[]")]
    [InlineData("""{ "eventTime": "2024-06-01T08:00:00Z", "action": "OBSERVE" }""")]
    [InlineData("""{ "type": "ObjectEvent", "action": "OBSERVE" }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": " " }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "yesterday" }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00" }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00+25:00" }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": 1717228800 }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "epcList": "urn:epc:id:sgtin:4012345.011111.987" }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "readPoint": "urn:epc:id:sgln:4012345.00011.0" }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "quantityList": [42] }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "bizStep": { "id": "shipping" } }""")]
    [InlineData("""{ "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "bizTransactionList": [{ "type": "po" }] }""")]
    public void Should_reject_a_malformed_event_with_a_format_exception(string json) =>
        Assert.Throws<FormatException>(() => HashId(json));

    [Fact]
    public void Should_fail_only_with_a_format_exception_whatever_a_field_holds()
    {
        string[] oddValues = ["null", "0", "-1.50", "1e400", "true", "\"\"", "\"  \"", "\"x:y\"", "\"urn:epc:id:sgtin:1.2.3\"",
            "\"https://a.example/01/1\"", "{}", "[]", "[{}]", "[\"a\", 1]", "[[]]", "{\"a\": {\"b\": []}}"];
        var (accepted, rejected, unexpected) = (0, 0, new List<string>());
        foreach (var vector in VectorNames())
        {
            using var document = Document(vector);
            var namespaces = EpcisEventHash.Namespaces(document.RootElement);
            foreach (var original in EventList(document.RootElement))
            {
                foreach (var (path, altered) in Alterations(JsonNode.Parse(original.GetRawText())!, oddValues))
                {
                    try
                    {
                        EpcisEventHash.HashId(JsonSerializer.SerializeToElement(altered), namespaces);
                        accepted++;
                    }
                    catch (FormatException)
                    {
                        rejected++;
                    }
                    catch (Exception other)
                    {
                        unexpected.Add($"{vector} {path}: {other.GetType().Name} {other.Message}");
                    }
                }
            }
        }

        Assert.Empty(unexpected);
        Assert.True(accepted > 100 && rejected > 100, $"{accepted} accepted, {rejected} rejected");
    }

    [Fact]
    public void Should_say_which_event_of_a_document_is_malformed()
    {
        using var document = JsonDocument.Parse($$"""
            {
              "@context": {{Context}}, "type": "EPCISDocument", "schemaVersion": "2.0",
              "epcisBody": { "eventList": [
                { "type": "ObjectEvent", "eventTime": "2024-06-01T08:00:00Z", "action": "OBSERVE" },
                { "type": "ObjectEvent", "eventTime": "2024-06-01 08:00", "action": "OBSERVE" }
              ] }
            }
            """);

        var problem = Assert.Throws<FormatException>(() => EpcisEventHash.HashIds(document.RootElement));
        Assert.StartsWith("Event 2 of the document: \"eventTime\"", problem.Message);
    }

    [Fact]
    public void Should_reject_a_document_without_an_event_list()
    {
        using var document = JsonDocument.Parse("""{ "type": "EPCISDocument", "epcisBody": {} }""");

        Assert.Throws<FormatException>(() => EpcisEventHash.HashIds(document.RootElement));
    }

    [Fact]
    public void Hash_version_2_leaves_an_error_declaration_out_as_the_reference_does_and_version_1_keeps_it_in()
    {
        using var document = Document("epcisDocWithXMLstartTagAndErrorDeclaration");
        var declared = EventList(document.RootElement)[0];
        var namespaces = EpcisEventHash.Namespaces(document.RootElement);
        Assert.Equal(Lines("epcisDocWithXMLstartTagAndErrorDeclaration", "hashes")[0], EpcisEventHash.HashId(declared, namespaces, EventHashVersion.Reference));
        Assert.Contains("errorDeclaration", EpcisEventHash.PreHash(declared, namespaces, EventHashVersion.WithErrorDeclaration));
        Assert.NotEqual(EpcisEventHash.HashId(declared, namespaces, EventHashVersion.Reference),
            EpcisEventHash.HashId(declared, namespaces, EventHashVersion.WithErrorDeclaration));
    }

    private static string PreHash(string epcisEvent) => WithContext(epcisEvent, (e, n) => EpcisEventHash.PreHash(e, n));

    private static string HashId(string epcisEvent) => WithContext(epcisEvent, (e, n) => EpcisEventHash.HashId(e, n));

    private static string WithContext(string epcisEvent, Func<JsonElement, IReadOnlyDictionary<string, string>, string> compute)
    {
        using var context = JsonDocument.Parse($$"""{ "@context": {{Context}} }""");
        using var parsed = JsonDocument.Parse(epcisEvent);
        return compute(parsed.RootElement, EpcisEventHash.Namespaces(context.RootElement));
    }

    /// <summary>Copies of the event, each with one field (at any depth) replaced by one of the odd values.</summary>
    private static IEnumerable<(string Path, JsonNode Event)> Alterations(JsonNode epcisEvent, string[] oddValues)
    {
        var fieldCount = Nodes(epcisEvent).Count();
        for (var field = 1; field < fieldCount; field++)
        {
            foreach (var odd in oddValues)
            {
                var copy = epcisEvent.DeepClone();
                var target = Nodes(copy).ElementAt(field);
                var path = target.GetPath();
                target.ReplaceWith(JsonNode.Parse(odd));
                yield return ($"{path} = {odd}", copy);
            }
        }
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        return children.OfType<JsonNode>().SelectMany(Nodes).Prepend(node);
    }

    private static List<string> VectorNames() => Directory.GetFiles(VectorFolder, "*.jsonld")
        .Select(path => Path.GetFileNameWithoutExtension(path)).Order(StringComparer.Ordinal).ToList();

    private static JsonDocument Document(string vector) => JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorFolder, vector + ".jsonld")));

    private static List<JsonElement> EventList(JsonElement document) => document.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray().ToList();

    private static List<string> Lines(string vector, string extension) =>
        File.ReadAllLines(Path.Combine(VectorFolder, $"{vector}.{extension}")).Where(line => line.Length > 0).ToList();
}
