using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Tests.Infrastructure.Search;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Search;

/// <summary>/search as a shopper uses it, on the embedded engine kept in step with the database by the outbox.</summary>
public abstract class SearchPageTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task Typing_without_diacritics_finds_the_product_first_with_the_words_marked()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo tấm Nàng Thơm"));
        var rice = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo Nàng Thơm Chợ Đào"));

        var page = await SearchUntilAsync($"/search?q=gao+nang+thom+cho+dao+{catalog.Tag}", p => p.QuerySelectorAll(".card").Length > 0);
        var first = page.QuerySelector(".card")!;
        Assert.Equal($"/p/{rice.Slug}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Gạo", "Nàng", "Thơm", "Chợ", "Đào"], first.QuerySelectorAll(".card__title mark").Select(m => m.TextContent).Take(5));
        Assert.Contains("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_product_renamed_by_its_producer_is_found_by_its_new_name_within_two_seconds()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh tráng"));
        await SearchUntilAsync($"/search?q=banh+trang+{catalog.Tag}", p => p.QuerySelectorAll(".card").Length == 1);

        var variant = await _app.WithDbAsync(db => db.ProductVariants.Where(v => v.ProductId == product.Id).Select(v => new { v.Id, v.PackSize, v.PriceDong, v.Stock }).SingleAsync());
        await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().UpdateAsync(catalog.Producer.Id, product.Id,
            new ProductDraft($"Bánh tráng phơi sương {catalog.Tag}", catalog.Category.Id, "Mô tả mới.",
                [new VariantDraft(variant.Id, variant.PackSize, variant.PriceDong, variant.Stock, null)], [], [])));
        var clock = Stopwatch.StartNew();
        // Until the change reaches the index, the old name is found for the tag alone (the words not matched are left out).
        var page = await SearchUntilAsync($"/search?q=phoi+suong+{catalog.Tag}",
            p => p.QuerySelectorAll(".card").Length == 1 && p.QuerySelector(".card__title")!.TextContent.Contains("sương"), TimeSpan.FromSeconds(2));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"found after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Contains("sương", page.QuerySelector(".card__title")!.TextContent);
    }

    [Fact]
    public async Task Words_found_only_in_a_description_give_way_to_the_correction_with_a_link_back_to_them()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var sausage = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng mai quế"));
        var gift = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Hộp quà quê", description: "Gồm lạp xưởng và bánh tráng phơi sương."));

        // "lap suong": the gift box's description holds both words, but no product is named so; lạp xưởng is.
        var page = await SearchUntilAsync($"/search?q=lap+suong+{catalog.Tag}", p => p.QuerySelector(".notice a") is not null);
        Assert.Equal($"lạp xưởng {catalog.Tag}", page.QuerySelector(".did-you-mean a")!.TextContent);
        Assert.Equal($"/p/{sausage.Slug}", page.QuerySelector(".card a")!.GetAttribute("href"));
        var notice = page.QuerySelector(".notice")!;
        Assert.Contains("đang hiện kết quả cho", notice.TextContent);

        var asTyped = await new Visitor(_app).PageAsync(notice.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal([$"/p/{gift.Slug}"], asTyped.QuerySelectorAll(".card a").Select(a => a.GetAttribute("href")).Distinct());
        Assert.Null(asTyped.QuerySelector(".notice a"));
    }

    [Fact]
    public async Task A_suspended_producers_products_leave_search_within_five_seconds()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Mắm cá linh"));
        await SearchUntilAsync($"/search?q=mam+ca+linh+{catalog.Tag}", p => p.QuerySelectorAll(".card").Length == 1);

        await _app.WithServicesAsync(s => s.GetRequiredService<ProducerStatusService>().SuspendAsync(catalog.Producer.Id, "Kiểm tra", "admin@example.vn"));
        // The page never shows an unlisted product; the index itself drops it (and the count with it) within 5 s.
        Assert.Empty((await new Visitor(_app).PageAsync($"/search?q=mam+ca+linh+{catalog.Tag}")).QuerySelectorAll(".card"));
        await SearchUntilAsync($"/search?q=mam+ca+linh+{catalog.Tag}", p => p.QuerySelector("#results-title")!.TextContent.Trim() == "0 sản phẩm",
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Facet_checkboxes_narrow_the_results_show_counts_and_offer_nothing_that_would_find_nothing()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var other = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, $"Chanh không hạt {other.Tag}", ocopStars: 4));
        await _app.WithDbAsync(db => other.AddProductAsync(db, $"Chanh dây {catalog.Tag}"));
        var query = $"chanh+{catalog.Tag}+{other.Tag}";
        var page = await SearchUntilAsync($"/search?q={query}", p => p.QuerySelectorAll(".card").Length == 2);

        var area = page.QuerySelectorAll(".facet__option").Single(a => a.TextContent.Contains(catalog.Area.Name));
        Assert.Contains("1", area.QuerySelector(".facet__count")!.TextContent);
        var box = area.QuerySelector("input[type=checkbox]")!;
        Assert.False(box.HasAttribute("checked"));
        Assert.Equal("true", page.QuerySelector("form.facets input[name=q]")!.GetAttribute("value") is { Length: > 0 } ? "true" : "false");
        var narrowed = await new Visitor(_app).PageAsync($"/search?q={query}&{box.GetAttribute("name")}={Uri.EscapeDataString(box.GetAttribute("value")!)}");
        Assert.Single(narrowed.QuerySelectorAll(".card"));
        Assert.Contains("không hạt", narrowed.QuerySelector(".card__title")!.TextContent);
        var chosen = narrowed.QuerySelectorAll(".facet__option").Single(a => a.TextContent.Contains(catalog.Area.Name));
        Assert.True(chosen.QuerySelector("input")!.HasAttribute("checked"));
        Assert.All(narrowed.QuerySelectorAll(".facet__option--empty input"), input => Assert.True(input.HasAttribute("disabled")));
    }

    [Fact]
    public async Task Hostile_queries_and_bad_parameters_get_a_page_never_an_error()
    {
        var visitor = new Visitor(_app);
        foreach (var query in ContractCases.Hostile.Take(28))
        {
            var response = await visitor.GetAsync("/search?q=" + Uri.EscapeDataString(query) + "&category=%3Cx%3E&price=all&ocop=9&page=-1&sort=drop");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var beyond = await visitor.PageAsync("/search?q=g%E1%BA%A1o&page=9999");
        Assert.Empty(beyond.QuerySelectorAll(".card"));
        Assert.NotNull(beyond.QuerySelector("a[href='/search?q=g%E1%BA%A1o']"));
        var long1 = await visitor.PageAsync("/search?q=" + new string('a', 300));
        Assert.Contains("200 ký tự", long1.Text());
    }

    [Fact]
    public async Task The_search_box_suggests_products_producers_and_categories_as_json()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng tươi"));
        await SearchUntilAsync($"/search?q=lap+xuong+{catalog.Tag}", p => p.QuerySelectorAll(".card").Length == 1);

        var json = await new Visitor(_app).Client.GetStringAsync("/search/suggest?q=l%E1%BA%A1p+xu");
        var suggestions = JsonDocument.Parse(json).RootElement.GetProperty("suggestions").EnumerateArray().ToList();
        Assert.Contains(suggestions, s => s.GetProperty("kind").GetString() == "product" && s.GetProperty("url").GetString()!.StartsWith("/p/lap-xuong-tuoi"));
        var producers = JsonDocument.Parse(await new Visitor(_app).Client.GetStringAsync($"/search/suggest?q=hop+tac+xa+thu+{catalog.Tag}")).RootElement;
        Assert.Contains(producers.GetProperty("suggestions").EnumerateArray(),
            s => s.GetProperty("kind").GetString() == "producer" && s.GetProperty("url").GetString() == $"/producers/{catalog.Producer.Slug}");
        Assert.Equal("""{"suggestions":[],"didYouMean":null}""", await new Visitor(_app).Client.GetStringAsync("/search/suggest?q=a"));

        // A Southern spelling: the correction, with its diacritics and its link, as the search page offers it.
        var corrected = await Eventually.ReadAsync( // the page-data cache is retired once the index has the product
            async () => JsonDocument.Parse(await new Visitor(_app).Client.GetStringAsync($"/search/suggest?q=lap+suong+tuoi+{catalog.Tag}")).RootElement,
            answer => answer.GetProperty("didYouMean").ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(5));
        Assert.Equal($"lạp xưởng tươi {catalog.Tag}", corrected.GetProperty("didYouMean").GetProperty("text").GetString());
        Assert.StartsWith("/search?q=", corrected.GetProperty("didYouMean").GetProperty("url").GetString());
    }

    private async Task<IHtmlDocument> SearchUntilAsync(string path, Func<IHtmlDocument, bool> done, TimeSpan? within = null)
    {
        if (within is null) await _app.SearchCaughtUpAsync();
        var limit = within ?? TimeSpan.FromSeconds(20);
        var page = await Eventually.ReadAsync(() => new Visitor(_app).PageAsync(path), done, limit);
        return done(page) ? page : throw new Xunit.Sdk.XunitException($"{path} not as expected after {limit}: {page.Text()[..Math.Min(400, page.Text().Length)]}");
    }
}

public sealed class SearchPageTestsOnSqlite(SqliteAppFixture fixture) : SearchPageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SearchPageTestsOnMariaDb(MariaDbAppFixture fixture) : SearchPageTests(fixture), IClassFixture<MariaDbAppFixture>;
