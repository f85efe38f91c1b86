using LongAnMarket.Core.Traceability;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Infrastructure.Traceability;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// Turns a request into a queued scan. The client is kept only as an HMAC of its address under a salt that changes
/// every day: repeated scans from one device on one day look alike, and no address can be read back.
/// </summary>
public sealed class ScanRecording(ScanQueue queue, ClientAddresses clients, TimeProvider clock)
{
    public void Record(HttpContext http, int lotId, long? serialId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        queue.Record(new ScanEntry(lotId, serialId, now, ClientHash(http, now), Device(http.Request.Headers.UserAgent.ToString())));
    }

    public string ClientHash(HttpContext http, DateTime now) => clients.Hash(http, now);

    public static ScanDevice Device(string userAgent)
    {
        if (userAgent.Length == 0) return ScanDevice.Other;
        if (Contains(userAgent, "bot") || Contains(userAgent, "crawl") || Contains(userAgent, "spider")) return ScanDevice.Bot;
        if (Contains(userAgent, "mobi") || Contains(userAgent, "android") || Contains(userAgent, "iphone")) return ScanDevice.Phone;
        if (Contains(userAgent, "windows") || Contains(userAgent, "macintosh") || Contains(userAgent, "x11")) return ScanDevice.Desktop;
        return ScanDevice.Other;
    }

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
