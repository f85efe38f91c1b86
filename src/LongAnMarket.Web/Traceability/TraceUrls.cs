namespace LongAnMarket.Web.Traceability;

/// <summary>Addresses of a lot's machine-readable companions (the human page is its Digital Link itself).</summary>
public static class TraceUrls
{
    public static string Epcis(int lotId) => $"/trace/lots/{lotId}/epcis";
    public static string QrPng(int lotId) => $"/trace/lots/{lotId}/qr.png";
    public static string QrSvg(int lotId) => $"/trace/lots/{lotId}/qr.svg";
    public static string Report(string code) => $"/trace/report?code={Uri.EscapeDataString(code)}";
    public const string PublicKey = "/.well-known/longan-trace-key";
    public const string ResolverDescription = "/.well-known/gs1resolver";
}
