using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>
/// A lot's EPCIS 2.0 export: valid against GS1's schema, carrying every event type the platform writes, and verifiable
/// offline from nothing but the document and the published key.
/// </summary>
public abstract class EpcisExportTests(AppFixture fixture)
{
    private static readonly string StandardsFolder = Path.Combine(AppContext.BaseDirectory, "Standards", "epcis");
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(StandardsFolder, "EPCIS-JSON-Schema.json")));
    private readonly MarketAppFactory _app = fixture.App;

    private static EvaluationResults Validate(JsonElement document) =>
        Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    /// <summary>Paddy harvested, inspected with a lab report, shipped; rice milled from it, packed, corrected, recalled.</summary>
    private async Task<(TestLot Paddy, int RiceLotId)> FullHistoryAsync()
    {
        var paddy = await TestLot.CreateAsync(_app);
        var riceLotId = 0;
        await _app.WithServicesAsync(async services =>
        {
            var lots = services.GetRequiredService<LotService>();
            var producerId = paddy.Catalog.Producer.Id;
            await lots.AppendAsync(producerId, paddy.LotId, TraceStep.Shipping, new EventDraft(TestLot.DaysAgo(3, 15), paddy.LocationId, null, null,
                [new UploadedFile("ket-qua.pdf", TestImages.Pdf)]), "test", TestLot.Origin);
            var product = await _app.WithDbAsync(db => paddy.Catalog.AddProductAsync(db, "Gạo Nàng Thơm"));
            var day = DateOnly.FromDateTime(TestLot.DaysAgo(2).DateTime);
            var rice = await lots.CreateAsync(producerId, new LotDraft(product.Variants[0].Id, "ND-" + paddy.Code, day, 320, LotUnit.Kilogram, null, null,
                new EventDraft(TestLot.DaysAgo(2, 8), paddy.LocationId, "Sấy và xay.", null, [new UploadedFile("xay.png", TestImages.Png(640, 480))]),
                "Xay xát", [(paddy.LotId, 500m)]), "test", TestLot.Origin);
            riceLotId = rice.Id;
            await lots.AppendAsync(producerId, rice.Id, TraceStep.Packing, new EventDraft(TestLot.DaysAgo(1), paddy.LocationId, null, null, []), "test", TestLot.Origin);
            await lots.AppendAsync(producerId, rice.Id, TraceStep.Receiving, new EventDraft(TestLot.DaysAgo(1, 17), paddy.LocationId, null, null, []), "test", TestLot.Origin);
            await lots.CorrectAsync(producerId, rice.Id, 2, new EventDraft(TestLot.DaysAgo(1, 10), paddy.LocationId, "Ca chiều.", null, []),
                "Ghi nhầm giờ", "test", TestLot.Origin);
            await lots.RecallAsync(producerId, rice.Id, "Bao bì lỗi", "test");
        });
        return (paddy, riceLotId);
    }

    [Fact]
    public void Gs1s_own_examples_validate_so_the_validator_is_wired_right()
    {
        foreach (var example in Directory.GetFiles(StandardsFolder, "*.jsonld"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(example));
            Assert.True(Validate(document.RootElement).IsValid, Path.GetFileName(example));
        }
        using var broken = JsonDocument.Parse("""{"@context":[],"type":"EPCISDocument","schemaVersion":"2.0","creationDate":"2026-01-01T00:00:00Z","epcisBody":{"eventList":[{"type":"ObjectEvent","action":"JUMP","eventTime":"2026-01-01T00:00:00Z","eventTimeZoneOffset":"+07:00"}]}}""");
        Assert.False(Validate(broken.RootElement).IsValid);
    }

    [Fact]
    public async Task The_export_validates_against_the_gs1_schema_and_holds_every_event_type_the_platform_writes()
    {
        var (paddy, riceLotId) = await FullHistoryAsync();
        foreach (var lotId in new[] { paddy.LotId, riceLotId })
        {
            var response = await new Visitor(_app).GetAsync($"/trace/lots/{lotId}/epcis");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var result = Validate(document.RootElement);
            Assert.True(result.IsValid, string.Join("; ", result.Details?.Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
        }

        var rice = JsonNode.Parse(await new Visitor(_app).Client.GetStringAsync($"/trace/lots/{riceLotId}/epcis"))!;
        var events = rice["epcisBody"]!["eventList"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Contains(events, e => (string?)e["type"] == "TransformationEvent" && e["inputQuantityList"]![0]!["epcClass"]!.ToString().StartsWith("https://id.gs1.org/01/"));
        Assert.Contains(events, e => (string?)e["bizStep"] == "packing");
        Assert.Contains(events, e => (string?)e["bizStep"] == "receiving");
        Assert.Contains(events, e => (string?)e["disposition"] == "recalled");
        var declaration = Assert.Single(events, e => e["errorDeclaration"] is not null);
        var corrective = (string)declaration["errorDeclaration"]!["correctiveEventIDs"]![0]!;
        Assert.Contains(events, e => (string?)e["eventID"] == corrective && e["errorDeclaration"] is null);
        Assert.All(events, e => Assert.StartsWith("ni:///sha-256;", (string?)e["eventID"]));

        var paddyDocument = JsonNode.Parse(await new Visitor(_app).Client.GetStringAsync($"/trace/lots/{paddy.LotId}/epcis"))!;
        var paddyEvents = paddyDocument["epcisBody"]!["eventList"]!.AsArray();
        Assert.Contains(paddyEvents, e => (string?)e!["bizStep"] == "inspecting" && (string?)e["disposition"] == "conformant");
        Assert.Contains(paddyEvents, e => (string?)e!["bizStep"] == "commissioning" && (string?)e["action"] == "ADD");
        Assert.Contains(paddyEvents, e => (string?)e!["bizStep"] == "shipping" && e["longan:attachments"] is not null);
    }

    [Fact]
    public async Task The_export_verifies_offline_with_the_published_key_and_an_edit_to_it_is_caught()
    {
        var (_, riceLotId) = await FullHistoryAsync();
        var client = new Visitor(_app).Client;
        var folder = Directory.CreateTempSubdirectory("verify-lot-").FullName;
        var epcisPath = Path.Combine(folder, "lot.jsonld");
        var keyPath = Path.Combine(folder, "key.jwk");
        await File.WriteAllTextAsync(epcisPath, await client.GetStringAsync($"/trace/lots/{riceLotId}/epcis"));
        await File.WriteAllTextAsync(keyPath, await client.GetStringAsync("/.well-known/longan-trace-key"));

        var output = new StringWriter();
        Assert.Equal(0, await VerifyLotCommand.RunAsync(["verify-lot", "--epcis", epcisPath, "--key", keyPath], output, new StringWriter()));
        Assert.Contains("Record intact: 6 records", output.ToString());

        var edited = JsonNode.Parse(await File.ReadAllTextAsync(epcisPath))!;
        edited["epcisBody"]!["eventList"]![1]!["longan:note"] = "Ghi chú khác";
        await File.WriteAllTextAsync(epcisPath, edited.ToJsonString());
        output = new StringWriter();
        Assert.Equal(1, await VerifyLotCommand.RunAsync(["verify-lot", "--epcis", epcisPath, "--key", keyPath], output, new StringWriter()));
        Assert.Contains("Record altered after event 1", output.ToString());

        Assert.Equal(2, await VerifyLotCommand.RunAsync(["verify-lot", "--epcis", Path.Combine(folder, "missing.jsonld"), "--key", keyPath], new StringWriter(), new StringWriter()));
        Assert.Equal(2, await VerifyLotCommand.RunAsync(["verify-lot"], new StringWriter(), new StringWriter()));
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class EpcisExportTestsOnSqlite(SqliteAppFixture fixture) : EpcisExportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class EpcisExportTestsOnMariaDb(MariaDbAppFixture fixture) : EpcisExportTests(fixture), IClassFixture<MariaDbAppFixture>;
