using System.Diagnostics;
using System.Net;
using System.Text.Json;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Infrastructure.Search.Lucene;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Infrastructure.Search;

/// <summary>The index stays in step with the database: through an outage, a rebuild, and the calendar.</summary>
public sealed class SearchSyncTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task Changes_made_while_the_engine_is_down_wait_in_the_outbox_and_reach_it_when_it_is_back(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database, services: OutageEngine.Register);
        await app.MigrateAsync();
        var engine = app.Services.GetRequiredService<OutageEngine>();
        await WaitForAsync(async () => !await engine.IsEmptyAsync(CancellationToken.None));

        engine.IsDown = true;
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await app.WithDbAsync(db => catalog.AddProductAsync(db, "Dưa hấu Long Trì"));
        var refused = engine.Refusals;
        await WaitForAsync(() => Task.FromResult(engine.Refusals > refused)); // the indexer tried the change and was refused
        Assert.True(await app.SearchBehindAsync() > 0);

        var fallback = await new Visitor(app).PageAsync($"/search?q=dua+hau+{catalog.Tag}");
        Assert.Contains("tạm gián đoạn", fallback.Text());
        Assert.Equal($"/p/{product.Slug}", fallback.QuerySelector(".card a")!.GetAttribute("href")); // the database still answers
        var details = new HttpRequestMessage(HttpMethod.Get, "/health/details");
        details.Headers.Add(TestPeer.Header, "127.0.0.1"); // a management address
        var health = JsonDocument.Parse(await (await new Visitor(app).Client.SendAsync(details)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("search").GetProperty("status").GetString());

        engine.IsDown = false;
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"dua hau {catalog.Tag}"), CancellationToken.None)).Total == 1, seconds: 60);
        await WaitForAsync(async () => await app.SearchBehindAsync() == 0);
        var page = await new Visitor(app).PageAsync($"/search?q=dua+hau+{catalog.Tag}");
        Assert.DoesNotContain("tạm gián đoạn", page.Text());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task While_the_engine_is_down_the_database_counts_the_filter_options_as_the_engine_did(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database, services: OutageEngine.Register);
        await app.MigrateAsync();
        var engine = app.Services.GetRequiredService<OutageEngine>();
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await app.WithDbAsync(async db =>
        {
            await catalog.AddProductAsync(db, "Khóm", ocopStars: 4);
            await catalog.AddProductAsync(db, "Khóm mật", ocopStars: 3);
            await catalog.AddProductAsync(db, "Khóm hết", ocopStars: 4, stock: 0);
        });
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"khom {catalog.Tag}"), CancellationToken.None)).Total == 3);
        var path = $"/c/{catalog.Category.Slug}?area={catalog.Area.Slug}&instock=1";
        static string Filters(AngleSharp.Dom.IDocument page) => string.Join(" | ",
            new[] { "#f-area", "#f-ocop" }.SelectMany(s => Web.Storefront.StorefrontTests.Options(page, s))
                .Append(page.QuerySelector("label[for=f-instock]")!.TextContent.Trim()));

        var counted = Filters(await new Visitor(app).PageAsync(path));
        engine.IsDown = true;
        var fallback = Filters(await new Visitor(app).PageAsync(path));

        Assert.Contains("4 sao (1)", counted);
        Assert.Contains("3 sao (1)", counted);
        Assert.Contains("Chỉ hiện hàng còn (2)", counted);
        Assert.Equal(counted, fallback);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task A_rebuild_swaps_in_a_new_index_and_keeps_a_change_saved_while_it_ran(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database);
        await app.MigrateAsync();
        var engine = app.Services.GetRequiredService<ISearchEngine>();
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh phồng tôm"));
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"banh phong {catalog.Tag}"), CancellationToken.None)).Total == 1);

        // The rebuild reads the catalogue; then, before it swaps, a producer saves a new product (applied to the old index).
        var (watermark, snapshot) = await app.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<MarketDbContext>();
            var documents = s.GetRequiredService<SearchDocuments>();
            var all = new List<SearchDocument>();
            await foreach (var batch in documents.AllAsync(CancellationToken.None)) all.AddRange(batch);
            return (await SearchIndexer.WatermarkAsync(db, CancellationToken.None), all);
        });
        await app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh tráng sương"));
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"banh trang {catalog.Tag}"), CancellationToken.None)).Total == 1);
        var before = Pointer(app);

        await engine.RebuildAsync(Once(snapshot), watermark, null, CancellationToken.None);
        Assert.NotEqual(before, Pointer(app));
        Assert.Equal(1, (await engine.SearchAsync(Request($"banh phong {catalog.Tag}"), CancellationToken.None)).Total);
        // The new index was built without the late product; the indexer replays the outbox from the watermark.
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"banh trang {catalog.Tag}"), CancellationToken.None)).Total == 1);
        Assert.Single(Directory.GetDirectories(Path.Combine(app.DataPath, "search", "lucene"))); // the old index is gone
    }

    [Fact]
    public async Task A_certification_that_lapsed_overnight_leaves_the_certification_facet()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var app = new MarketAppFactory(database);
        await app.MigrateAsync();
        var engine = app.Services.GetRequiredService<ISearchEngine>();
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await app.WithDbAsync(db => catalog.AddProductAsync(db, "Khóm Bến Lức")); // its VietGAP lapsed in 2024
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"khom {catalog.Tag}"), CancellationToken.None)).Total == 1);

        // As the index stood the day before the lapse: the document still claims VietGAP.
        var stale = (await app.WithServicesAsync(s => s.GetRequiredService<SearchDocuments>().ForProductsAsync([product.Id], CancellationToken.None)))
            .Single() with { Certifications = ["vietgap"] };
        var at = engine.KeptPosition ?? 0;
        Assert.True(await engine.ApplyAsync(new SearchChanges([stale], [], at, at, at), CancellationToken.None));
        var vietgap = new SearchFilters { Certifications = ["vietgap"] };
        Assert.Equal(1, (await engine.SearchAsync(Request($"khom {catalog.Tag}", vietgap), CancellationToken.None)).Total);

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await app.WithDbAsync(db => db.Certifications.Where(c => c.ProductId == product.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.ValidUntil, today.AddDays(-1))));
        Assert.Equal(1, await app.Services.GetRequiredService<CertificationCalendar>().QueueChangesAsync(today, 1, CancellationToken.None));
        await WaitForAsync(async () => (await engine.SearchAsync(Request($"khom {catalog.Tag}", vietgap), CancellationToken.None)).Total == 0);
    }

    /// <summary>False while the engine cannot answer (down, or its first index still being built).</summary>
    private static async Task<bool> Safely(Func<Task<bool>> condition)
    {
        try { return await condition(); }
        catch (SearchEngineException) { return false; }
    }

    private static SearchRequest Request(string text, SearchFilters? filters = null) =>
        new(SearchText.NormalizeQuery(text), filters ?? SearchFilters.None, SearchSort.Relevance, 1, 10);

    private static string Pointer(MarketAppFactory app) => File.ReadAllText(Path.Combine(app.DataPath, "search", "lucene", "current"));

    private static async IAsyncEnumerable<IReadOnlyList<SearchDocument>> Once(IReadOnlyList<SearchDocument> documents)
    {
        await Task.Yield();
        yield return documents;
    }

    private static Task WaitForAsync(Func<Task<bool>> condition, int seconds = 20) =>
        Eventually.TrueAsync(() => Safely(condition), TimeSpan.FromSeconds(seconds), "search state");
}

/// <summary>
/// The real Lucene engine behind a switch that makes it unreachable, as a crashed Elasticsearch node would be, and with
/// a hook run as its next rebuild starts: what other instances do while it is built.
/// </summary>
public sealed class OutageEngine(LuceneSearchEngine inner, IServiceProvider services) : ISearchEngine
{
    public volatile bool IsDown;
    private Func<IServiceProvider, Task>? _beforeNextRebuild;

    /// <summary>Runs, in a scope of its own, at the start of the next rebuild only.</summary>
    public Func<IServiceProvider, Task>? BeforeNextRebuild { set => Volatile.Write(ref _beforeNextRebuild, value); }

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(s => new OutageEngine(new LuceneSearchEngine(s.GetRequiredService<LuceneIndex>()), s));
        services.AddSingleton<ISearchEngine>(s => s.GetRequiredService<OutageEngine>());
    }

    public string Name => inner.Name;
    private int _refusals;

    /// <summary>How many calls the outage has refused.</summary>
    public int Refusals => Volatile.Read(ref _refusals);

    private void Check()
    {
        if (!IsDown) return;
        Interlocked.Increment(ref _refusals);
        throw new HttpRequestException("connection refused (test outage)");
    }
    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct) { Check(); return inner.SearchAsync(request, ct); }
    public Task<SearchVocabulary> VocabularyAsync(CancellationToken ct) { Check(); return inner.VocabularyAsync(ct); }
    public string Reader => inner.Reader;
    public bool IsShared => inner.IsShared;
    public long? KeptPosition => inner.KeptPosition;
    public Task<bool> ApplyAsync(SearchChanges changes, CancellationToken ct) { Check(); return inner.ApplyAsync(changes, ct); }
    public async Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches, long watermark, IProgress<int>? progress, CancellationToken ct)
    {
        Check();
        if (Interlocked.Exchange(ref _beforeNextRebuild, null) is { } meanwhile)
        {
            await using var scope = services.CreateAsyncScope();
            await meanwhile(scope.ServiceProvider);
        }
        await inner.RebuildAsync(batches, watermark, progress, ct);
    }
    public Task<bool> IsEmptyAsync(CancellationToken ct) { Check(); return inner.IsEmptyAsync(ct); }
    public Task<string?> ProblemAsync(CancellationToken ct) => IsDown ? Task.FromResult<string?>("connection refused (test outage)") : inner.ProblemAsync(ct);
}
