using System.Text.Json;
using LongAnMarket.Core.Traceability;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `verify-lot --epcis LOT.jsonld --key KEY.jwk`: re-verifies an exported lot offline, with nothing but the EPCIS
/// document (from /trace/lots/{id}/epcis) and the public key (from /.well-known/longan-trace-key). Exit code 0 when
/// every record is intact, 1 when one is not, 2 on bad usage or unreadable files.
/// </summary>
public static class VerifyLotCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var epcisPath = CommandLine.ValueOf(args, "--epcis");
        var keyPath = CommandLine.ValueOf(args, "--key");
        if (epcisPath is null || keyPath is null)
        {
            error.WriteLine("usage: verify-lot --epcis LOT.jsonld --key KEY.jwk");
            return 2;
        }
        try
        {
            using var key = TraceKeyJwk.Parse(File.ReadAllText(keyPath));
            using var document = JsonDocument.Parse(File.ReadAllText(epcisPath));
            var result = EpcisLotVerifier.Verify(document.RootElement, key);
            output.WriteLine($"Lot {result.Lot}, key {key.KeyId}");
            foreach (var record in result.Records)
                output.WriteLine($"  {record.Sequence,3}  {(record.Problem is null ? "ok     " : "ALTERED")}  {record.EventId}{(record.Problem is null ? "" : "  — " + record.Problem)}");
            output.WriteLine(result.IsIntact
                ? $"Record intact: {result.Records.Count} records, every hash ID, link and signature verified."
                : $"Record altered after event {result.FirstAltered - 1}.");
            return result.IsIntact ? 0 : 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException)
        {
            error.WriteLine($"verify-lot failed: {ex.Message}");
            return 2;
        }
    }
}
