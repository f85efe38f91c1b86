using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Commands;

/// <summary>
/// `bench-checkout --url U [--seconds S] [--connections C] [--warmup W]`: the write scenario of `make bench`. C virtual
/// shoppers, each in a loop as a new guest: add one pack to the cart, open /checkout, place the order (VietQR), over
/// HTTP against a running app. Prints orders/s, latency of the whole purchase, sold-out answers, errors, and checks
/// in the database afterwards that no pack was sold twice: for every variant used, stock taken = packs ordered − packs
/// released by orders that expired or were cancelled meanwhile, and no stock below zero.
/// </summary>
public static partial class CheckoutBenchmarkCommand
{
    /// <summary>The name on every benchmark order, so they can be told apart and cleared.</summary>
    private const string BenchBuyer = "Khách thử tải";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var url = CommandLine.ValueOf(args, "--url")?.TrimEnd('/') ?? throw new ArgumentException("bench-checkout needs --url http://host:port");
        var seconds = Number(args, "--seconds", 10);
        var connections = Number(args, "--connections", 32);
        var warmup = Number(args, "--warmup", 5);
        var db = services.GetRequiredService<MarketDbContext>();
        var pool = await db.ProductVariants.AsNoTracking()
            .Where(v => v.Stock >= 20 && db.Products.Any(p => p.Id == v.ProductId && p.IsListed && !p.IsDeleted))
            .OrderByDescending(v => v.Stock).ThenBy(v => v.Id).Take(500).Select(v => new { v.Id, v.Stock }).ToListAsync();
        if (pool.Count == 0) { Console.Error.WriteLine("bench-checkout: no listed variant with 20 or more in stock."); return 1; }
        var startedUtc = DateTime.UtcNow.AddSeconds(-1);

        await RunShoppersAsync(url, pool.Select(p => p.Id).ToArray(), connections, TimeSpan.FromSeconds(warmup), new Tally()); // JIT, pools
        var tally = new Tally();
        var clock = Stopwatch.StartNew();
        await RunShoppersAsync(url, pool.Select(p => p.Id).ToArray(), connections, TimeSpan.FromSeconds(seconds), tally);
        var elapsed = clock.Elapsed.TotalSeconds;

        var ids = pool.Select(p => p.Id).ToList();
        var now = await db.ProductVariants.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Stock);
        var ordered = await db.OrderLines.AsNoTracking().Where(l => ids.Contains(l.VariantId)
                && db.SubOrders.Any(s => s.Id == l.SubOrderId && db.Orders.Any(o => o.Id == s.OrderId && o.PlacedAtUtc >= startedUtc)))
            .GroupBy(l => l.VariantId).Select(g => new { g.Key, Packs = g.Sum(l => l.Quantity) }).ToDictionaryAsync(g => g.Key, g => g.Packs);
        // Unpaid orders from earlier runs may expire meanwhile and give their packs back: those count as returned.
        var startedAt = new DateTimeOffset(startedUtc, TimeSpan.Zero);
        var released = await db.OrderLines.AsNoTracking().Where(l => ids.Contains(l.VariantId)
                && db.SubOrders.Any(s => s.Id == l.SubOrderId && db.Set<StatusChange<OrderStatus>>().Any(c => EF.Property<int>(c, "OrderId") == s.OrderId
                    && (c.To == OrderStatus.Expired || c.To == OrderStatus.Cancelled) && c.At >= startedAt)))
            .GroupBy(l => l.VariantId).Select(g => new { g.Key, Packs = g.Sum(l => l.Quantity) }).ToDictionaryAsync(g => g.Key, g => g.Packs);
        var mismatched = pool.Count(p => p.Stock - now[p.Id] != ordered.GetValueOrDefault(p.Id) - released.GetValueOrDefault(p.Id));
        var negative = await db.ProductVariants.CountAsync(v => v.Stock < 0);

        var latencies = tally.Milliseconds.Order().ToList();
        double P(int percentile) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(percentile / 100.0 * latencies.Count) - 1)];
        var rate = tally.Orders / elapsed;
        Console.WriteLine($"Checkout, {connections} shoppers for {seconds} s (each purchase: add to cart, open checkout, place order; {pool.Count} pack sizes):");
        Console.WriteLine("| orders | orders/s | p50 ms | p99 ms | sold out | errors | variants whose stock ≠ packs ordered | variants below zero |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {tally.Orders:N0} | {rate:F1} | {P(50):F1} | {P(99):F1} | {tally.SoldOut} | {tally.Errors} | {mismatched} | {negative} |");
        foreach (var (error, count) in tally.ErrorKinds.OrderByDescending(e => e.Value).Take(5)) Console.WriteLine($"error: {count} × {error}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BENCH-CHECKOUT orders={tally.Orders} rate={rate:F1} p50={P(50):F1} p99={P(99):F1} soldout={tally.SoldOut} errors={tally.Errors} mismatched={mismatched} negative={negative}"));
        Console.WriteLine($"Released at once: {await ReleaseBenchOrdersAsync(services):N0} unpaid benchmark orders (so their expiry does not load the read scenarios that follow).");
        return 0;
    }

    /// <summary>Expires every unpaid benchmark order now, through the same expirer the app runs, giving its stock back.</summary>
    private static async Task<int> ReleaseBenchOrdersAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<MarketDbContext>();
        var past = DateTime.UtcNow.AddMinutes(-1);
        await db.Orders.Where(o => o.Status == OrderStatus.PendingPayment && o.Buyer.Name == BenchBuyer)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.PayByUtc, past));
        var expirer = services.GetRequiredService<LongAnMarket.Infrastructure.Ordering.OrderExpirer>();
        int expired, total = 0;
        do total += expired = await expirer.ExpireDueAsync(CancellationToken.None);
        while (expired > 0);
        return total;
    }

    private sealed class Tally
    {
        public int Orders;
        public int SoldOut;
        public int Errors;
        public ConcurrentBag<double> Milliseconds { get; } = [];
        public ConcurrentDictionary<string, int> ErrorKinds { get; } = new();

        public void Error(string what)
        {
            Interlocked.Increment(ref Errors);
            ErrorKinds.AddOrUpdate(what, 1, (_, n) => n + 1);
        }
    }

    private static async Task RunShoppersAsync(string url, int[] variants, int connections, TimeSpan duration, Tally tally)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = connections })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromSeconds(30),
        };
        var until = DateTime.UtcNow + duration;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async shopper =>
        {
            var random = new Random(shopper * 7919 + Environment.TickCount);
            while (DateTime.UtcNow < until)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var outcome = await PurchaseAsync(http, variants[random.Next(variants.Length)], shopper);
                    if (outcome == Outcome.Ordered)
                    {
                        Interlocked.Increment(ref tally.Orders);
                        tally.Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else Interlocked.Increment(ref tally.SoldOut);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    tally.Error(ex.Message.Length > 120 ? ex.Message[..120] : ex.Message);
                }
            }
        }));
    }

    private enum Outcome { Ordered, SoldOut }

    /// <summary>One new guest's purchase; throws InvalidOperationException on any answer a browser would not expect.</summary>
    private static async Task<Outcome> PurchaseAsync(HttpClient http, int variantId, int shopper)
    {
        var cookies = new Dictionary<string, string>();
        using var added = await SendAsync(http, HttpMethod.Post, "/cart/add", cookies, new() { ["VariantId"] = variantId.ToString(CultureInfo.InvariantCulture), ["Quantity"] = "1" });
        if (added.StatusCode != HttpStatusCode.Redirect || added.Headers.Location?.OriginalString != "/cart") throw new InvalidOperationException($"add to cart: {(int)added.StatusCode} {added.Headers.Location}");
        if (!cookies.ContainsKey("longan.cart")) return Outcome.SoldOut; // sold out before it reached the cart
        using var page = await SendAsync(http, HttpMethod.Get, "/checkout", cookies, null);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"checkout page: {(int)page.StatusCode}");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Antiforgery().Match(html).Groups[1].Value, ["Token"] = FormToken().Match(html).Groups[1].Value,
            ["Name"] = BenchBuyer, ["Phone"] = "0912345678", ["Email"] = $"tai-{shopper}@example.vn", ["Province"] = "Tây Ninh",
            ["Commune"] = "Xã Cần Đước", ["Street"] = "1 đường Thử", ["Note"] = "",
        };
        using var placed = await SendAsync(http, HttpMethod.Post, "/checkout", cookies, fields);
        if (placed.StatusCode == HttpStatusCode.Redirect && placed.Headers.Location?.OriginalString.StartsWith("/orders/") == true) return Outcome.Ordered;
        if (placed.StatusCode == HttpStatusCode.UnprocessableEntity && await placed.Content.ReadAsStringAsync() is var refusal && (refusal.Contains("h&#x1EBF;t h&#xE0;ng") || refusal.Contains("ch&#x1EC9; c&#xF2;n"))) return Outcome.SoldOut; // “hết hàng”, “chỉ còn”
        throw new InvalidOperationException($"place order: {(int)placed.StatusCode} {placed.Headers.Location}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, Dictionary<string, string> cookies,
        Dictionary<string, string>? form)
    {
        using var request = new HttpRequestMessage(method, path) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            foreach (var cookie in setCookies)
            {
                var pair = cookie.Split(';', 2)[0].Split('=', 2);
                if (pair.Length == 2) cookies[pair[0]] = pair[1];
            }
        return response;
    }

    private static int Number(string[] args, string name, int fallback) =>
        int.TryParse(CommandLine.ValueOf(args, name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 10_000 ? n : fallback;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("name=\"Token\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
