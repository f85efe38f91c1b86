using System.Text.Json;
namespace LongAnMarket.Core.Traceability;
public static class EpcisEventHash
{
    public static string HashId(JsonElement e, IReadOnlyDictionary<string, string> ns) =>
        "ni:///sha-256;" + TraceChain.Sha256Hex(JsonSerializer.Serialize(e)) + "?ver=CBV2.0";
    public static IReadOnlyDictionary<string, string> Namespaces(JsonElement d) => new Dictionary<string, string>();
}
