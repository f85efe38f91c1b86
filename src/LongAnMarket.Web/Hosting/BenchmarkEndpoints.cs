namespace LongAnMarket.Web.Hosting;

/// <summary>
/// The framework's ceiling for `make bench`: a fixed byte array of the size of a real page, through the same
/// middleware. Mapped only when Hosting:BenchmarkEndpoints is true, never on a public deployment.
/// </summary>
internal static class BenchmarkEndpoints
{
    private const int MaxBytes = 1 << 20;
    private static readonly byte[] Filler = System.Text.Encoding.ASCII.GetBytes(new string('x', MaxBytes));

    public static void MapBenchmarkEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/bench/baseline", (int? bytes) =>
            Results.Bytes(Filler.AsMemory(0, Math.Clamp(bytes ?? 20_000, 1, MaxBytes)), "text/html; charset=utf-8"));
}
