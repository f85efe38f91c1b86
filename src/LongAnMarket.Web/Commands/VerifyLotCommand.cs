using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `verify-lot --epcis LOT.jsonld --key KEYS.jwks [--lot DIGITAL-LINK] [--tsa-cert TSA.pem] [--fetch-attachments]`:
/// re-verifies an exported lot offline, with the EPCIS document (from /trace/lots/{id}/epcis), the platform's keys (from
/// /.well-known/longan-trace-key, a JWK Set or one JWK), the Digital Link on the package in hand, the TSA's certificate
/// to count time-stamps, and optionally the attachments fetched from their URLs and hashed again.
/// Exit code 0 when every record is intact, 1 when one is not or the export is another lot's, 2 on bad usage or unreadable files.
/// </summary>
public static class VerifyLotCommand
{
    private const string Usage = "usage: verify-lot --epcis LOT.jsonld --key KEYS.jwks [--lot DIGITAL-LINK] [--tsa-cert TSA.pem] [--fetch-attachments]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, HttpClient? http = null)
    {
        var epcisPath = CommandLine.ValueOf(args, "--epcis");
        var keyPath = CommandLine.ValueOf(args, "--key");
        var lotText = CommandLine.ValueOf(args, "--lot");
        var tsaPath = CommandLine.ValueOf(args, "--tsa-cert");
        if (epcisPath is null || keyPath is null)
        {
            error.WriteLine(Usage);
            return 2;
        }
        DigitalLink? expected = null;
        if (lotText is not null)
        {
            var parsed = DigitalLink.Parse(lotText);
            if (parsed.Link is not { Lot: not null } link)
            {
                error.WriteLine($"verify-lot: --lot {lotText} is not a GS1 Digital Link with a lot (…/01/GTIN/10/LOT). {parsed.Message}");
                return 2;
            }
            expected = link with { Serial = null };
        }
        try
        {
            var keys = TraceKeyJwk.ParseSet(File.ReadAllText(keyPath));
            var tokens = tsaPath is null ? null : new TimestampTokens(TimestampTokens.Read(tsaPath));
            using var document = JsonDocument.Parse(File.ReadAllText(epcisPath));
            var result = EpcisLotVerifier.Verify(document.RootElement, new TraceKeySet(keys), expected, tokens is null ? null : tokens.Check);
            var problems = result.Problems.ToList();
            if (args.Contains("--fetch-attachments")) problems.AddRange(await FetchedAttachmentProblemsAsync(document.RootElement, http, output));
            output.WriteLine($"Lot {result.Lot}, keys {string.Join(", ", keys.Select(k => k.KeyId))}");
            foreach (var record in result.Records)
                output.WriteLine($"  {record.Sequence,3}  {(record.Problem is null ? "ok     " : "ALTERED")}  {record.EventId}{(record.Problem is null ? "" : "  — " + record.Problem)}");
            foreach (var problem in problems) output.WriteLine($"  ALTERED  {problem}");
            output.WriteLine(result.LatestStamp switch
            {
                { At: { } at } stamp => $"Time-stamped by {stamp.Authority} at {at:yyyy-MM-dd HH:mm:ss} UTC (RFC 3161 token checked against {tsaPath}).",
                not null => "Time-stamps present; pass --tsa-cert TSA.pem to check them against the TSA's certificate.",
                null => "No time-stamp covers this record's latest statement yet.",
            });
            var intact = result.IsIntact && problems.Count == result.Problems.Count;
            output.WriteLine(intact
                ? $"Record intact: {result.Records.Count} records, every hash ID, link, statement and signature verified."
                : result.FirstAltered is { } first ? $"Record altered after event {first - 1}." : "Record altered: see the lines marked ALTERED.");
            return intact ? 0 : 1;
        }
        catch (WrongLotException wrong)
        {
            error.WriteLine($"verify-lot: {wrong.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException)
        {
            error.WriteLine($"verify-lot failed: {ex.Message}");
            return 2;
        }
    }

    /// <summary>Each attachment fetched from the document's origin and hashed: a file that differs from its sealed SHA-256 is altered.</summary>
    private static async Task<List<string>> FetchedAttachmentProblemsAsync(JsonElement document, HttpClient? http, TextWriter output)
    {
        var problems = new List<string>();
        var root = JsonNode.Parse(document.GetRawText())!;
        var origin = new Uri((string?)root["id"] ?? throw new FormatException("The document has no id to fetch its attachments from."));
        using var owned = http is null ? new HttpClient { Timeout = TimeSpan.FromSeconds(30) } : null;
        var client = http ?? owned!;
        foreach (var attachment in root["epcisBody"]?["eventList"]?.AsArray().SelectMany(e => e?[$"{EpcisEventJson.Prefix}:attachments"]?.AsArray() ?? []) ?? [])
        {
            var path = (string?)attachment?[$"{EpcisEventJson.Prefix}:path"] ?? "";
            var sealedHash = (string?)attachment?[$"{EpcisEventJson.Prefix}:sha256"] ?? "";
            var url = new Uri(origin, path);
            try
            {
                using var response = await client.GetAsync(url);
                if (!response.IsSuccessStatusCode) { problems.Add($"attachment {url} answered {(int)response.StatusCode}"); continue; }
                var hash = Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync()));
                if (hash != sealedHash) problems.Add($"attachment {url} differs from the file sealed into the record");
                else output.WriteLine($"  attachment ok  {url}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                problems.Add($"attachment {url} could not be fetched: {ex.Message}");
            }
        }
        return problems;
    }
}
