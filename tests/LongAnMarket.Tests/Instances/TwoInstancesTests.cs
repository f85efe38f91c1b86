using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Instances;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Instances;

/// <summary>
/// Issue #29: two app processes on one database give the same answers (trace keys, search), run each singleton job on
/// one of them, refuse to share a search index folder, and show a stopped instance's search lag.
/// </summary>
[Collection(InstancesCollection.Name)]
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>, IDisposable
{
    private static readonly string[] FixedQueries = ["gạo", "thanh long", "chanh", "nước mắm", "lạp xưởng", "mật ong", "bánh", "khô", "nấm", "quà tết"];
    private readonly InstanceVisitor _shopper = new();

    private AppProcess A => instances.A;
    private AppProcess B => instances.B;

    [Fact]
    public async Task Both_publish_the_same_trace_keys_and_show_every_demo_lot_intact()
    {
        var logs = instances.WatchLogs();
        var started = DateTime.UtcNow.AddSeconds(-1);
        var keys = await Task.WhenAll(instances.Both.Select(i => TextAsync(i, "/.well-known/longan-trace-key")));
        Assert.Equal(keys[0], keys[1]);

        await using var db = instances.Db();
        var lots = await db.Lots.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Gtin, l.Code }).ToListAsync();
        Assert.NotEmpty(lots);
        var notIntact = new List<string>();
        foreach (var lot in lots)
            foreach (var instance in instances.Both)
                if (await ProvenanceAsync(instance, new DigitalLink(lot.Gtin, lot.Code, null).Path) is { Intact: false } page)
                    notIntact.Add(page.Verdict);
        Assert.True(notIntact.Count == 0, $"{notIntact.Count} of {2 * lots.Count} pages:\n{string.Join('\n', notIntact)}");

        // The key both sign with is kept in the database, protected; no instance made one of its own in a file.
        var signing = await db.TraceSigningKeys.AsNoTracking().Where(k => k.RetiredAtUtc == null).ToListAsync();
        Assert.StartsWith("dp1:", Assert.Single(signing).PrivateKey);
        Assert.False(File.Exists(Path.Combine(instances.SharedDataPath, "private", "trace-signing-key.pem")));
        // One client's views of a lot on A and on B count as one client: the scan salt is the database's.
        var firstLot = await db.Lots.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var clients = await Eventually.ReadAsync(
            () => db.Scans.AsNoTracking().Where(s => s.LotId == firstLot && s.ScannedAtUtc >= started).Select(s => s.ClientHash).ToListAsync(), h => h.Count >= 2, TimeSpan.FromSeconds(10));
        Assert.True(clients.Count >= 2, "the views of the first lot on A and B were not recorded");
        Assert.Single(clients.Distinct());
        logs.AssertQuiet();
    }

    [Fact]
    public async Task A_lot_signed_on_one_instance_verifies_on_the_other()
    {
        var logs = instances.WatchLogs();
        await using var db = instances.Db();
        var producerId = await db.Producers.Where(p => p.TaxCode == TwoInstances.Producer.ProducerTaxCode).Select(p => p.Id).SingleAsync();
        var variantId = await db.ProductVariants.Where(v => db.Products.Any(p => p.Id == v.ProductId && p.ProducerId == producerId && !p.IsDeleted))
            .OrderBy(v => v.Id).Select(v => v.Id).FirstAsync();
        var locationId = await db.TraceLocations.Where(l => l.ProducerId == producerId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var code = "HAI" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var created = await instances.Seller.SubmitAsync(A, "/seller/lots/new", "/seller/lots/new", new Dictionary<string, string>
        {
            ["VariantId"] = $"{variantId}", ["Code"] = code, ["Quantity"] = "120", ["Unit"] = "Kilogram", ["MadeFromLots"] = "false",
            ["Date"] = today.AddDays(-2).ToString("yyyy-MM-dd"), ["Time"] = "07:30", ["LocationId"] = $"{locationId}", ["Note"] = "Gặt sáng sớm.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var lot = await db.Lots.AsNoTracking().Where(l => l.Code == code).Select(l => new { l.Id, l.Gtin }).SingleAsync();
        var path = new DigitalLink(lot.Gtin, code, null).Path;
        Assert.Contains("Gặt sáng sớm.", await AssertIntactAsync(B, path));

        var packed = await instances.Seller.SubmitAsync(B, $"/seller/lots/{lot.Id}", $"/seller/lots/{lot.Id}/events", new Dictionary<string, string>
        {
            ["Step"] = "Packing", ["Date"] = today.AddDays(-1).ToString("yyyy-MM-dd"), ["Time"] = "09:00", ["LocationId"] = $"{locationId}",
            ["Note"] = "Đóng bao 5 kg.",
        });
        Assert.Equal(HttpStatusCode.Redirect, packed.StatusCode);
        Assert.Contains("Đóng bao 5 kg.", await AssertIntactAsync(A, path));
        logs.AssertQuiet();
    }

    [Fact]
    public async Task Edits_spread_over_both_are_found_on_both_within_two_seconds_and_both_rank_alike()
    {
        var logs = instances.WatchLogs();
        var listings = await DemoProducersListingsAsync();
        var newNames = new Dictionary<Listing, string>();
        for (var edit = 0; edit < 50; edit++)
        {
            var listing = listings[edit % listings.Count];
            // Alternates A and B edit by edit, and for each listing too.
            var instance = instances.Both[(edit + edit / listings.Count) % 2];
            newNames[listing] = await RenameAsync(instance, listing);
        }

        var clock = Stopwatch.StartNew();
        var misses = await Eventually.ReadAsync(() => MissesAsync(newNames), m => m.Count == 0, TimeSpan.FromSeconds(2));
        Assert.True(misses.Count == 0, $"{clock.Elapsed.TotalMilliseconds:F0} ms after the last edit:\n{string.Join('\n', misses)}");

        var rankings = await Eventually.ReadAsync(RankingsAsync, r => r.All(q => q.OnA.SequenceEqual(q.OnB)), TimeSpan.FromSeconds(2));
        Assert.All(rankings, q =>
        {
            Assert.NotEmpty(q.OnA);
            Assert.True(q.OnA.SequenceEqual(q.OnB), $"“{q.Query}”\n  A: {string.Join(' ', q.OnA)}\n  B: {string.Join(' ', q.OnB)}");
        });
        logs.AssertQuiet();
    }

    [Fact]
    public async Task Orders_past_their_deadline_expire_once_by_one_instance_with_stock_back_to_the_unit()
    {
        var logs = instances.WatchLogs();
        await using var db = instances.Db();
        var goods = await GoodsOnSaleAsync(db);
        var before = goods.ToDictionary(g => g.VariantId, g => g.Stock);

        var orders = await UnpaidOrders.PlaceAsync(db, goods, count: 150);
        var reserved = orders.SelectMany(o => o.SubOrders).SelectMany(s => s.Lines).GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        Assert.Equal(before.ToDictionary(s => s.Key, s => s.Value - reserved.GetValueOrDefault(s.Key)), await StockAsync(db, before.Keys));

        var ids = orders.Select(o => o.Id).ToList();
        await db.Orders.Where(o => ids.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.PayByUtc, DateTime.UtcNow.AddMinutes(-1)));
        var expired = await Eventually.ReadAsync(() => db.Orders.CountAsync(o => ids.Contains(o.Id) && o.Status == OrderStatus.Expired),
            n => n == orders.Count, TimeSpan.FromSeconds(20));
        Assert.Equal(orders.Count, expired);

        db.ChangeTracker.Clear();
        var histories = await db.Orders.AsNoTracking().Include(o => o.History).Where(o => ids.Contains(o.Id)).ToListAsync();
        Assert.All(histories, o => Assert.Single(o.History, h => h.To == OrderStatus.Expired));
        Assert.Equal(before, await StockAsync(db, before.Keys));

        var expiredBy = instances.Both.ToDictionary(i => i, i => ExpiredCodesIn(logs.LinesOf(i)));
        var codes = orders.Select(o => o.Code).Order().ToList();
        var sweeper = Assert.Single(instances.Both, i => expiredBy[i].Count > 0);
        Assert.Equal(codes, expiredBy[sweeper].Order().ToList()); // each once
        var lease = await db.Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == "OrderExpiry");
        Assert.Equal(sweeper.InstanceName, lease.LastRunBy);
        logs.AssertQuiet();
    }

    [Fact]
    public async Task A_second_process_on_a_held_search_index_folder_refuses_to_start()
    {
        var logs = instances.WatchLogs();
        await using var intruder = new AppProcess("C", instances.SettingsWithIndex("A"), instances.SharedDataPath);
        var exitCode = await intruder.RunUntilExitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("in use by another process", intruder.Log);
        Assert.Equal(HttpStatusCode.OK, (await _shopper.GetAsync(A, "/health")).StatusCode);
        Assert.NotEmpty(await ProductLinksAsync(A, "gạo"));
        logs.AssertQuiet();
    }

    [Fact]
    public async Task A_stopped_instances_lag_shows_until_it_has_caught_up_after_its_restart()
    {
        var logs = instances.WatchLogs();
        var listing = (await DemoProducersListingsAsync())[0];
        await B.StopAsync();
        try
        {
            await RenameAsync(A, listing);
            var stopped = await Eventually.ReadAsync(() => ReaderOfAsync(A, "B"), r => (int?)r?["behind"] > 0, TimeSpan.FromSeconds(10));
            Assert.True((int?)stopped?["behind"] > 0, $"B's index on A's /health/details: {stopped?.ToJsonString() ?? "not listed"}");
        }
        finally { await B.StartAsync(); }

        var revived = await Eventually.ReadAsync(() => DetailsAsync(B), d => IsCaughtUp(d), TimeSpan.FromSeconds(10));
        Assert.True(IsCaughtUp(revived), $"B's /health/details: {revived.ToJsonString()}");
        var seenFromA = await Eventually.ReadAsync(() => ReaderOfAsync(A, "B"), r => (int?)r?["behind"] == 0, TimeSpan.FromSeconds(5));
        Assert.True((int?)seenFromA?["behind"] == 0, $"B's index on A's /health/details: {seenFromA?.ToJsonString() ?? "not listed"}");
        logs.AssertQuiet(LogWatch.SearchCatchingUp);
    }

    private sealed record Listing(int Id, string Slug, string Name);

    private sealed record Ranking(string Query, IReadOnlyList<string> OnA, IReadOnlyList<string> OnB);

    /// <summary>The demo producer's products on sale, as the seller signed in through <see cref="TwoInstances.Seller"/> sees them.</summary>
    private async Task<List<Listing>> DemoProducersListingsAsync()
    {
        await using var db = instances.Db();
        var producer = TwoInstances.Producer.ProducerTaxCode;
        return await db.Products.AsNoTracking()
            .Where(p => p.IsPublished && !p.IsDeleted && db.Producers.Any(r => r.Id == p.ProducerId && r.TaxCode == producer))
            .OrderBy(p => p.Id).Select(p => new Listing(p.Id, p.Slug, p.Name)).ToListAsync();
    }

    /// <summary>Renames through the seller's form on <paramref name="instance"/> to a name no product had; returns it.</summary>
    private async Task<string> RenameAsync(AppProcess instance, Listing listing)
    {
        var name = $"{listing.Name.Split(" mẻ ")[0]} mẻ {UniqueWord()}";
        var form = $"/seller/products/{listing.Id}";
        var saved = await instances.Seller.SubmitAsync(instance, form, form, new Dictionary<string, string> { ["Name"] = name });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
            $"Renaming on {instance.InstanceName}: {(int)saved.StatusCode} {HtmlPage.Parse(await saved.Content.ReadAsStringAsync()).QuerySelector("main")?.TextContent.Trim()}");
        return name;
    }

    /// <summary>A word of letters only that no catalogue holds: "mẻ" plus it makes a name searchable for one product alone.</summary>
    private static string UniqueWord() => new(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).Take(9).ToArray());

    private async Task<List<string>> MissesAsync(Dictionary<Listing, string> newNames)
    {
        var misses = new List<string>();
        foreach (var (listing, name) in newNames)
            foreach (var instance in instances.Both)
                if ((await ProductLinksAsync(instance, name)).FirstOrDefault() is var first && first != $"/p/{listing.Slug}")
                    misses.Add($"{instance.InstanceName}: “{name}” finds {first ?? "nothing"} first, not /p/{listing.Slug}");
        return misses;
    }

    private async Task<IReadOnlyList<Ranking>> RankingsAsync()
    {
        var rankings = new List<Ranking>();
        foreach (var query in FixedQueries) rankings.Add(new(query, await ProductLinksAsync(A, query), await ProductLinksAsync(B, query)));
        return rankings;
    }

    /// <summary>The product links of /search's first page, in the order shown.</summary>
    private async Task<IReadOnlyList<string>> ProductLinksAsync(AppProcess instance, string query)
    {
        var page = await _shopper.PageAsync(instance, "/search" + QueryString(query));
        return page.QuerySelectorAll(".card a.card__link").Select(a => a.GetAttribute("href")!).ToList();
    }

    private static string QueryString(string query) => "?q=" + Uri.EscapeDataString(query);

    private async Task<string> TextAsync(AppProcess instance, string path)
    {
        var response = await _shopper.GetAsync(instance, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Asserts that the lot's provenance page on <paramref name="instance"/> says its record is intact; returns the page's text.</summary>
    private async Task<string> AssertIntactAsync(AppProcess instance, string path)
    {
        var page = await ProvenanceAsync(instance, path);
        Assert.True(page.Intact, page.Verdict);
        return page.Text;
    }

    /// <summary>The lot's provenance page on <paramref name="instance"/>: whether it says the record is intact, what it says, its text.</summary>
    private async Task<(bool Intact, string Verdict, string Text)> ProvenanceAsync(AppProcess instance, string path)
    {
        var response = await _shopper.GetAsync(instance, path);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());
        var verdict = string.Join(' ', (page.QuerySelector(".trace-verify")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return (response.StatusCode == HttpStatusCode.OK && verdict.Contains("Hồ sơ nguyên vẹn"),
            $"{instance.InstanceName} {path}: {(int)response.StatusCode} {verdict}", page.Text());
    }

    private static async Task<List<UnpaidOrders.Goods>> GoodsOnSaleAsync(MarketDbContext db)
    {
        // Another producer's goods than the one the seller edits here, with stock enough that none sells out.
        var seller = TwoInstances.Producer.ProducerTaxCode;
        var goods = await (from v in db.ProductVariants
                           join p in db.Products on v.ProductId equals p.Id
                           join r in db.Producers on p.ProducerId equals r.Id
                           where p.IsPublished && !p.IsDeleted && r.TaxCode != seller && v.Stock >= 50
                           orderby v.Id
                           select new UnpaidOrders.Goods(v.Id, p.Id, p.Name, v.PackSize, v.PriceDong, v.Stock, r.Id, r.Name)).Take(10).ToListAsync();
        Assert.True(goods.Count >= 5, $"Only {goods.Count} demo pack sizes have 50 in stock.");
        return goods;
    }

    private static async Task<Dictionary<int, int>> StockAsync(MarketDbContext db, IEnumerable<int> variantIds)
    {
        var ids = variantIds.ToList();
        return await db.ProductVariants.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Stock);
    }

    private static List<string> ExpiredCodesIn(IEnumerable<string> lines) =>
        lines.Select(l => Regex.Match(l, @"Order (\S+) expired unpaid")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    private async Task<JsonNode> DetailsAsync(AppProcess instance) => JsonNode.Parse(await TextAsync(instance, "/health/details"))!;

    /// <summary>The search index of <paramref name="readerInstance"/> as <paramref name="instance"/>'s /health/details lists it.</summary>
    private async Task<JsonNode?> ReaderOfAsync(AppProcess instance, string readerInstance) =>
        (await DetailsAsync(instance))["checks"]?["search"]?["data"]?["readers"]?.AsArray()
            .FirstOrDefault(r => (string?)r?["instance"] == readerInstance);

    private static bool IsCaughtUp(JsonNode details) =>
        (string?)details["status"] == "Healthy" && (string?)details["checks"]?["search"]?["status"] == "Healthy"
        && (int?)details["checks"]?["search"]?["data"]?["behind"] == 0;

    public void Dispose() => _shopper.Dispose();
}
