using System.Net;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Infrastructure.Instances;

/// <summary>
/// Two app instances, A and B, on one SQLite database and one Redis, with pages cached for the default 60 s: what is
/// saved through A is what B serves on its next request. B's search indexer looks for other instances' changes only
/// once a minute here (after its first look at start), so nothing but Redis can tell B in time.
/// </summary>
public sealed class RedisSharedVersionsTests(RedisServer redis) : IClassFixture<RedisServer>
{
    /// <summary>How long B may take: a message through Redis, in practice a few milliseconds.</summary>
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private Dictionary<string, string?> Settings() => new()
    {
        ["Redis:Configuration"] = redis.Configuration,
        ["Redis:KeyPrefix"] = RedisServer.NewPrefix(),
        ["Search:PollInterval"] = "00:01:00", // the longest it may be
    };

    [Fact]
    public async Task A_price_and_name_edited_through_A_show_on_Bs_product_and_category_pages_on_its_next_request()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = Settings();
        await using var a = new MarketAppFactory(database, settings);
        await a.MigrateAsync();
        var catalog = await a.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await a.WithDbAsync(db => catalog.AddProductAsync(db, "Khóm Bến Lức", price: 25_000));
        await using var b = new MarketAppFactory(database, settings);
        await b.SearchCaughtUpAsync();
        var shopper = b.CreateClient(); // anonymous: B keeps these pages whole
        var (productPage, categoryPage) = ($"/p/{product.Slug}", $"/c/{catalog.Category.Slug}");
        Assert.Contains("25.000 ₫", await TextAsync(shopper, productPage));
        Assert.Contains("25.000 ₫", await TextAsync(shopper, categoryPage));

        await a.WithDbAsync(async db =>
        {
            var entity = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == product.Id);
            entity.ChangeVariantPrice(entity.Variants[0].Id, 27_000);
            entity.Rename($"Khóm Bến Lức loại 1 {catalog.Tag}", product.Slug);
            await db.SaveChangesAsync(); // through A's interceptors, as the seller's form would
        });

        foreach (var page in new[] { productPage, categoryPage })
        {
            var text = await Eventually.ReadAsync(() => TextAsync(shopper, page), t => t.Contains("27.000 ₫"), Within);
            Assert.Contains("27.000 ₫", text);
            Assert.Contains($"Khóm Bến Lức loại 1 {catalog.Tag}", text);
            Assert.DoesNotContain("25.000 ₫", text);
        }
    }

    [Fact]
    public async Task A_sale_through_A_that_leaves_the_product_in_stock_shows_the_new_stock_on_both_instances()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = Settings();
        await using var a = new MarketAppFactory(database, settings);
        await a.MigrateAsync();
        var catalog = await a.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await a.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng Cần Đước", stock: 5));
        await using var b = new MarketAppFactory(database, settings);
        await b.SearchCaughtUpAsync(); // B's first index is built: nothing of B's own moves its version from here on
        var page = $"/p/{product.Slug}";
        foreach (var app in new[] { a, b }) Assert.Contains("Còn 5", await TextAsync(app.CreateClient(), page));

        var buyer = new Visitor(a);
        await buyer.AddAsync(product, 1);
        Shopping.CodeOf(await buyer.CheckoutAsync(Visitor.NewEmail()));

        Assert.Contains("Còn 4", await TextAsync(a.CreateClient(), page)); // on the instance that sold it, at once
        var onB = await Eventually.ReadAsync(() => TextAsync(b.CreateClient(), page), t => t.Contains("Còn 4"), Within);
        Assert.Contains("Còn 4", onB);
    }

    [Fact]
    public async Task A_commune_list_imported_through_A_is_the_one_B_offers_next()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = Settings();
        await using var a = new MarketAppFactory(database, settings);
        await a.MigrateAsync();
        await using var b = new MarketAppFactory(database, settings);
        const string province = "Tây Ninh";
        await Import(a, province, "1,Xã Mỹ Lệ");
        Assert.Equal(["Xã Mỹ Lệ"], await Names(b, province)); // B keeps this list for ten minutes

        await Import(a, province, "1,Xã Mỹ Lệ\n2,Xã Tân Lân");

        Assert.Equal(["Xã Mỹ Lệ", "Xã Tân Lân"], await Eventually.ReadAsync(() => Names(b, province), n => n.Count == 2, Within));
    }

    [Fact]
    public async Task Every_version_agrees_on_both_instances_and_a_restarted_Redis_never_takes_one_back()
    {
        await using var server = await RedisServer.StartAsync();
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = server.Configuration };
        await using var a = new MarketAppFactory(database, settings);
        await a.MigrateAsync();
        await using var b = new MarketAppFactory(database, settings);
        var versions = new Func<IServiceProvider, ChangeCounter>[]
        {
            s => s.GetRequiredService<CatalogVersion>(),
            s => s.GetRequiredService<LongAnMarket.Infrastructure.Traceability.TraceVersion>(),
            s => s.GetRequiredService<CommuneVersion>(),
        };
        _ = b.Services; // started, at the numbers Redis holds

        foreach (var version in versions)
        {
            await version(a.Services).BumpAsync();
            await Eventually.TrueAsync(() => Task.FromResult(version(b.Services).Current == version(a.Services).Current), Within, "B at A's number");
        }
        var before = versions.Select(v => v(b.Services).Current).ToList();
        await server.RestartAsync(); // empty: every number is gone from Redis

        await Eventually.TrueAsync(async () =>
        {
            await versions[0](a.Services).BumpAsync();
            return versions[0](b.Services).Current > before[0];
        }, TimeSpan.FromSeconds(30), "B hears A again after the restart");
        Assert.All(versions.Select((v, i) => v(b.Services).Current >= before[i]), Assert.True);
    }

    private static async Task<string> TextAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await HtmlPage.ParseAsync(response)).Text();
    }

    private static Task Import(MarketAppFactory app, string province, string csv) => app.WithServicesAsync(s =>
        s.GetRequiredService<CommuneDirectory>().ImportCsvAsync(province, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), CancellationToken.None));

    private static Task<IReadOnlyList<string>> Names(MarketAppFactory app, string province) => app.WithServicesAsync(s =>
        s.GetRequiredService<CommuneDirectory>().NamesAsync(province, CancellationToken.None));
}
