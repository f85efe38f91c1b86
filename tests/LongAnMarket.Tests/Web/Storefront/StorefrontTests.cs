using System.Net;
using System.Text.Json;
using LongAnMarket.Core.Catalog;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Storefront;

/// <summary>The shopper's storefront, run once per database engine (see the classes at the end of the file).</summary>
public abstract class StorefrontTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private HttpClient Client() => _app.CreateClient(new() { AllowAutoRedirect = false });

    private Task<TestCatalog> NewCatalogAsync(ProducerStatus status = ProducerStatus.Approved) =>
        _app.WithDbAsync(db => TestCatalog.CreateAsync(db, status));

    [Fact]
    public async Task Product_page_shows_name_price_in_dong_and_structured_data()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo Nàng Thơm", price: 150_000, ocopStars: 4));

        var response = await Client().GetAsync($"/p/{product.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(product.Name, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("150.000 ₫", page.Text());
        Assert.EndsWith($"/p/{product.Slug}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Product", jsonLd.GetProperty("@type").GetString());
        var offer = jsonLd.GetProperty("offers")[0];
        Assert.Equal("VND", offer.GetProperty("priceCurrency").GetString());
        Assert.Equal(150_000, offer.GetProperty("price").GetInt64());
        Assert.Equal("https://schema.org/InStock", offer.GetProperty("availability").GetString());
    }

    [Fact]
    public async Task Product_page_shows_related_products_of_its_category_and_its_current_lot_in_two_sql_commands()
    {
        var lot = await TestLot.CreateAsync(_app);
        var catalog = lot.Catalog;
        var related = new List<Product>();
        await _app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++) related.Add(await catalog.AddProductAsync(db, $"Bưởi da xanh {i}"));
            await catalog.AddProductAsync(db, "Bưởi chưa bán", publish: false);
        });

        await _app.SearchCaughtUpAsync(); // the indexer retires cached reference data when it catches up
        var client = Client();
        await client.GetAsync("/cart"); // loads what every page's layout shows (footer links)
        _app.SqlCommands.Reset();
        var response = await client.GetAsync($"/p/{lot.Product.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _app.SqlCommands.Count);
        var page = await HtmlPage.ParseAsync(response);
        var cards = page.QuerySelectorAll(".card a[href^='/p/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(related.AsEnumerable().Reverse().Take(4).Select(p => $"/p/{p.Slug}"), cards); // newest first, never the product itself
        Assert.Equal(lot.Path, page.QuerySelector(".product__trace a")?.GetAttribute("href"));
        Assert.Contains("VG-", page.QuerySelector(".certificate--expired")?.TextContent);
        Assert.NotNull(page.QuerySelector($"img[src$='products/{catalog.Tag}.svg']"));
    }

    [Fact]
    public async Task Expired_certificate_is_shown_as_expired()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Thanh long"));

        var page = await HtmlPage.ParseAsync(await Client().GetAsync($"/p/{product.Slug}"));

        var certificate = page.QuerySelector(".certificate--expired");
        Assert.NotNull(certificate);
        Assert.Contains("Đã hết hạn", certificate.TextContent);
    }

    [Fact]
    public async Task Unknown_product_gives_a_friendly_404_page()
    {
        var response = await Client().GetAsync("/p/khong-co-san-pham-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Không tìm thấy trang", page.Text());
        Assert.NotNull(page.QuerySelector("main"));
    }

    [Theory]
    [InlineData("/c/khong-co-danh-muc")]
    [InlineData("/producers/khong-co-nha-san-xuat")]
    [InlineData("/pages/khong-co-trang")]
    [InlineData("/khong-co-duong-dan/nay")]
    [InlineData("/sitemaps/products-99.xml")]
    public async Task Unknown_addresses_give_404_not_500(string path)
    {
        var response = await Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Unpublished_products_and_suspended_producers_are_not_listed()
    {
        var catalog = await NewCatalogAsync();
        var draft = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Bản nháp", publish: false));
        var suspended = await NewCatalogAsync(ProducerStatus.Suspended);
        var hidden = await _app.WithDbAsync(db => suspended.AddProductAsync(db, "Hàng bị ẩn"));

        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync($"/p/{draft.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync($"/p/{hidden.Slug}")).StatusCode);
        await _app.SearchCaughtUpAsync();
        var listing = await HtmlPage.ParseAsync(await Client().GetAsync($"/products?area={suspended.Area.Slug}"));
        Assert.Empty(listing.QuerySelectorAll(".card"));
        var sitemap = await (await Client().GetAsync("/sitemap.xml")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(hidden.Slug, sitemap);
        Assert.DoesNotContain(draft.Slug, sitemap);
    }

    [Fact]
    public async Task Suspending_a_producer_hides_its_products_on_the_next_request()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Chanh không hạt"));
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync($"/p/{product.Slug}")).StatusCode);

        await _app.WithServicesAsync(services =>
            services.GetRequiredService<ProducerStatusService>().SuspendAsync(catalog.Producer.Id, "Hồ sơ cần bổ sung", "admin@example.vn"));

        Assert.Equal(HttpStatusCode.NotFound, (await Client().GetAsync($"/p/{product.Slug}")).StatusCode);
        var producerPage = await HtmlPage.ParseAsync(await Client().GetAsync($"/producers/{catalog.Producer.Slug}"));
        Assert.Contains("tạm ngừng bán", producerPage.Text());
        Assert.Empty(producerPage.QuerySelectorAll(".card"));
    }

    [Fact]
    public async Task Edits_to_name_price_and_stock_show_on_the_next_request_despite_caching()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Khóm Bến Lức", price: 25_000, stock: 5));
        var client = Client();
        await _app.SearchCaughtUpAsync();
        var listing = $"/products?area={catalog.Area.Slug}";
        Assert.Contains("25.000 ₫", (await HtmlPage.ParseAsync(await client.GetAsync($"/p/{product.Slug}"))).Text());
        Assert.Contains("25.000 ₫", (await HtmlPage.ParseAsync(await client.GetAsync(listing))).Text());
        Assert.Contains("25.000 ₫", (await HtmlPage.ParseAsync(await client.GetAsync("/"))).Text());

        await _app.WithDbAsync(async db =>
        {
            var entity = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == product.Id);
            entity.ChangeVariantPrice(entity.Variants[0].Id, 27_000);
            entity.ChangeVariantStock(entity.Variants[0].Id, 0);
            entity.Rename($"Khóm Bến Lức loại 1 {catalog.Tag}", product.Slug);
            await db.SaveChangesAsync();
        });

        var page = await HtmlPage.ParseAsync(await client.GetAsync($"/p/{product.Slug}"));
        Assert.Contains("27.000 ₫", page.Text());
        Assert.Contains("Tạm hết hàng", page.Text());
        Assert.Equal($"Khóm Bến Lức loại 1 {catalog.Tag}", page.QuerySelector("h1")?.TextContent.Trim());
        var cards = await HtmlPage.ParseAsync(await client.GetAsync(listing));
        Assert.Contains("27.000 ₫", cards.Text());
        Assert.Empty((await HtmlPage.ParseAsync(await client.GetAsync(listing + "&instock=1"))).QuerySelectorAll(".card"));
    }

    [Fact]
    public async Task Two_visitors_add_to_cart_from_the_same_cached_product_page_and_each_sees_only_their_own_cart()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Nước mắm cá cơm", stock: 50));
        await _app.SearchCaughtUpAsync(); // no catalogue change pending that would retire the stored page
        var first = new Visitor(_app);
        var second = new Visitor(_app);

        var stored = await first.GetAsync($"/p/{product.Slug}");
        Assert.Equal(await stored.Content.ReadAsStringAsync(), await StoredPageAsync(second.Client, $"/p/{product.Slug}"));

        await first.AddAsync(product, 1);
        await second.AddAsync(product, 3);

        Assert.Equal("1", Quantity(await first.PageAsync("/cart")));
        Assert.Equal("3", Quantity(await second.PageAsync("/cart")));
        foreach (var visitor in new[] { first, second })
        {
            var again = await visitor.GetAsync($"/p/{product.Slug}"); // with a cart cookie now: still the shared page, nothing of theirs
            Assert.False(again.Headers.Contains("Set-Cookie"));
            Assert.Equal(await stored.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        }

        static string? Quantity(AngleSharp.Html.Dom.IHtmlDocument cart) =>
            Assert.Single(cart.QuerySelectorAll("input[name=Quantity]")).GetAttribute("value");
    }

    [Fact]
    public async Task A_signed_in_visitor_is_never_served_nor_stores_a_shared_page()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh tráng phơi sương"));
        await _app.SearchCaughtUpAsync();
        var member = new Visitor(_app);
        await member.SignUpAndInAsync();

        var signedIn = await member.PageAsync($"/p/{product.Slug}"); // first: were it stored, the anonymous visitor would get it
        var anonymous = HtmlPage.Parse(await StoredPageAsync(Client(), $"/p/{product.Slug}"));
        var signedInAgain = await member.PageAsync($"/p/{product.Slug}"); // the anonymous page is stored now

        Assert.NotNull(signedIn.QuerySelector("a[href='/account']"));
        Assert.Null(anonymous.QuerySelector("a[href='/account']"));
        Assert.NotNull(signedInAgain.QuerySelector("a[href='/account']"));
    }

    [Fact]
    public async Task A_recalled_lot_leaves_the_stored_product_page_on_the_next_request()
    {
        var lot = await TestLot.CreateAsync(_app);
        await _app.SearchCaughtUpAsync();
        var path = $"/p/{lot.Product.Slug}";
        var before = HtmlPage.Parse(await StoredPageAsync(Client(), path));
        Assert.Equal(lot.Path, before.QuerySelector(".product__trace a")?.GetAttribute("href"));

        await _app.WithServicesAsync(services =>
            services.GetRequiredService<LotService>().RecallAsync(lot.Catalog.Producer.Id, lot.LotId, "Kiểm thử thu hồi", "test"));

        Assert.Null((await HtmlPage.ParseAsync(await Client().GetAsync(path))).QuerySelector(".product__trace a"));
    }

    /// <summary>
    /// The page as the whole-page cache serves it: asked until a request costs no SQL command (a page is stored once
    /// its first response has gone out).
    /// </summary>
    private async Task<string> StoredPageAsync(HttpClient client, string path)
    {
        var read = await Eventually.ReadAsync(async () =>
        {
            _app.SqlCommands.Reset();
            var response = await client.GetAsync(path);
            return (Commands: _app.SqlCommands.Count, Body: await response.Content.ReadAsStringAsync());
        }, read => read.Commands == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(0, read.Commands);
        return read.Body;
    }

    [Fact]
    public async Task A_cached_page_never_carries_another_visitors_language_nor_any_cookie()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng tươi"));
        var first = _app.CreateClient(new() { HandleCookies = true });
        var second = _app.CreateClient(new() { HandleCookies = true });

        var firstResponse = await first.GetAsync($"/p/{product.Slug}");
        await first.GetAsync("/culture/en-US?returnUrl=%2F");
        var firstAgain = await HtmlPage.ParseAsync(await first.GetAsync($"/p/{product.Slug}"));
        var secondResponse = await second.GetAsync($"/p/{product.Slug}");
        var secondPage = await HtmlPage.ParseAsync(secondResponse);

        Assert.Equal("en", firstAgain.DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", secondPage.DocumentElement.GetAttribute("lang"));
        Assert.False(firstResponse.Headers.Contains("Set-Cookie"));
        Assert.False(secondResponse.Headers.Contains("Set-Cookie"));
        Assert.Empty(secondPage.QuerySelectorAll("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Category_page_lists_only_that_category_and_sorts_by_price()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(async db =>
        {
            await catalog.AddProductAsync(db, "Khóm", price: 30_000);
            await catalog.AddProductAsync(db, "Dưa hấu", price: 90_000);
            await catalog.AddProductAsync(db, "Đậu phộng", price: 60_000);
        });

        await _app.SearchCaughtUpAsync();
        var page = await HtmlPage.ParseAsync(await Client().GetAsync($"/c/{catalog.Category.Slug}?sort=price-desc"));

        var prices = page.QuerySelectorAll(".card .price").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(["từ 90.000 ₫", "từ 60.000 ₫", "từ 30.000 ₫"], prices);
    }

    [Fact]
    public async Task Filters_by_area_ocop_stars_price_and_stock_combine()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(async db =>
        {
            await catalog.AddProductAsync(db, "Đúng", price: 50_000, ocopStars: 4);
            await catalog.AddProductAsync(db, "Sai sao", price: 50_000, ocopStars: 3);
            await catalog.AddProductAsync(db, "Sai giá", price: 500_000, ocopStars: 4);
            await catalog.AddProductAsync(db, "Hết hàng", price: 50_000, ocopStars: 4, stock: 0);
        });

        await _app.SearchCaughtUpAsync();
        var page = await HtmlPage.ParseAsync(await Client().GetAsync(
            $"/products?area={catalog.Area.Slug}&ocop=4&min=10.000&max=100000&instock=1"));

        var names = page.QuerySelectorAll(".card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal([$"Đúng {catalog.Tag}"], names);
        Assert.Empty(page.QuerySelectorAll(".notice"));
    }

    [Fact]
    public async Task Filter_options_count_what_each_would_give_and_those_giving_nothing_are_disabled()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(async db =>
        {
            await catalog.AddProductAsync(db, "Bốn sao", ocopStars: 4);
            await catalog.AddProductAsync(db, "Bốn sao nữa", ocopStars: 4);
            await catalog.AddProductAsync(db, "Ba sao", ocopStars: 3);
            await catalog.AddProductAsync(db, "Bốn sao hết hàng", ocopStars: 4, stock: 0);
        });

        await _app.SearchCaughtUpAsync();
        var page = await HtmlPage.ParseAsync(await Client().GetAsync($"/products?area={catalog.Area.Slug}&ocop=4"));

        Assert.Equal(3, page.QuerySelectorAll(".card").Length);
        // Each rating counts with the area kept and the rating's own choice set aside; the shopper's own choice stays enabled.
        Assert.Equal(["Tất cả", "5 sao (0) disabled", "4 sao (3) selected", "3 sao (1)"], Options(page, "#f-ocop"));
        Assert.Contains($"{catalog.Category.Name} (3)", Options(page, "#f-category"));
        Assert.Equal("Chỉ hiện hàng còn (2)", page.QuerySelector("label[for=f-instock]")!.TextContent.Trim());
        Assert.False(page.QuerySelector("#f-instock")!.HasAttribute("disabled"));
        var area = page.QuerySelector($"#f-area option[value='{catalog.Area.Slug}']")!;
        Assert.True(area.HasAttribute("selected") && !area.HasAttribute("disabled"));
        Assert.All(page.QuerySelectorAll("#f-category option").Skip(1).Where(o => o.TextContent.EndsWith("(0)")), o => Assert.True(o.HasAttribute("disabled")));
    }

    internal static List<string> Options(AngleSharp.Dom.IDocument page, string select) =>
        page.QuerySelectorAll($"{select} option").Select(o => o.TextContent.Trim()
            + (o.HasAttribute("selected") ? " selected" : "") + (o.HasAttribute("disabled") ? " disabled" : "")).ToList();

    [Fact]
    public async Task A_producer_page_says_it_is_verified_lists_its_certificates_in_force_and_wraps_its_email_only_between_words()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Mắm cá linh")); // its VietGAP lapsed in 2024
        await _app.WithDbAsync(async db =>
        {
            var tracked = await db.Products.Include(p => p.Certifications).SingleAsync(p => p.Id == product.Id);
            tracked.AddCertification(CertificationKind.Ocop, $"OCOP-{catalog.Tag}", "UBND tỉnh Tây Ninh", new DateOnly(2025, 6, 1), new DateOnly(2028, 6, 1),
                new OcopRating(3, OcopLevel.Province)).Confirm("Sở Công Thương", new DateOnly(2025, 6, 15));
            tracked.AddCertification(CertificationKind.Ocop, $"DRAFT-{catalog.Tag}", "UBND tỉnh Tây Ninh", new DateOnly(2025, 6, 1), new DateOnly(2028, 6, 1),
                new OcopRating(4, OcopLevel.Province)); // never confirmed: not shown
            await db.SaveChangesAsync();
        });

        var page = await HtmlPage.ParseAsync(await Client().GetAsync($"/producers/{catalog.Producer.Slug}"));

        var certificates = page.QuerySelectorAll("#producer-certificates + .certificates .certificate").Select(c => c.TextContent).ToList();
        Assert.Single(certificates); // only what is in force today
        Assert.Contains($"OCOP-{catalog.Tag}", certificates[0]);
        Assert.Contains(product.Name, certificates[0]);

        Assert.Contains("Đã được Ban quản lý sàn xác minh", page.QuerySelector(".producer-verified")!.TextContent);
        var email = page.QuerySelector("a.email")!;
        Assert.Equal(catalog.Producer.Email, email.TextContent);
        Assert.Equal(catalog.Producer.Email.Count(c => c is '@' or '.'), email.QuerySelectorAll("wbr").Length);
    }

    [Fact]
    public async Task Search_text_matches_names_without_diacritics()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng Cần Đước"));

        await _app.SearchCaughtUpAsync();
        var page = await HtmlPage.ParseAsync(await Client().GetAsync($"/products?q=lap+xuong+can+duoc+{catalog.Tag}"));

        Assert.Single(page.QuerySelectorAll(".card"));
    }

    [Fact]
    public async Task Malformed_query_values_are_ignored_with_a_notice()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh tét"));

        await _app.SearchCaughtUpAsync();
        var response = await Client().GetAsync($"/products?area={catalog.Area.Slug}&page=abc&sort=%27;drop&ocop=9&min=-5&category=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll(".card"));
        Assert.True(page.QuerySelectorAll(".notice").Length >= 4);
    }

    [Fact]
    public async Task Paging_past_the_end_gives_an_empty_page_not_an_error()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Cốm ngò"));

        await _app.SearchCaughtUpAsync();
        var response = await Client().GetAsync($"/products?area={catalog.Area.Slug}&page=999999999");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll(".card"));
        Assert.Contains("Trang này không còn sản phẩm nào", page.Text());
    }

    [Fact]
    public async Task A_catalogue_page_costs_at_most_four_sql_commands()
    {
        var catalog = await NewCatalogAsync();
        await _app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++) await catalog.AddProductAsync(db, $"Sản phẩm {i}", price: 10_000 + i * 1_000);
        });
        var client = Client();

        await _app.SearchCaughtUpAsync();
        foreach (var path in new[] { "/products", $"/c/{catalog.Category.Slug}?sort=price-asc&page=2", $"/products?area={catalog.Area.Slug}&ocop=3" })
        {
            _app.SqlCommands.Reset();
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The index finds the page; the database is asked only for its cards (none when nothing matched).
            var hasCards = (await HtmlPage.ParseAsync(response)).QuerySelectorAll(".card").Length > 0;
            Assert.InRange(_app.SqlCommands.Count, hasCards ? 1 : 0, 4);
        }
    }

    [Fact]
    public async Task Pages_carry_a_strict_content_security_policy_and_no_inline_script_or_style()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Mắm cá lia thia"));

        await _app.SearchCaughtUpAsync();
        foreach (var path in new[] { "/", "/products", $"/p/{product.Slug}", $"/producers/{catalog.Producer.Slug}", "/producers", "/p/khong-co" })
        {
            var response = await Client().GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            var page = await HtmlPage.ParseAsync(response);
            Assert.Empty(page.QuerySelectorAll("[style], style"));
            Assert.All(page.QuerySelectorAll("script"), script =>
                Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", $"inline script on {path}"));
            Assert.All(page.QuerySelectorAll("*"), element =>
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Description_markup_is_shown_as_text_never_run()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Rượu đế",
            description: "Ngon <script>alert(1)</script> \" onmouseover=\"alert(2)"));

        var html = await (await Client().GetAsync($"/p/{product.Slug}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("\" onmouseover=\"alert(2)", html);
    }

    [Fact]
    public async Task Sitemap_and_robots_list_public_pages()
    {
        var catalog = await NewCatalogAsync();
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Trống Bình An"));

        var sitemap = await Client().GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", sitemap.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await sitemap.Content.ReadAsStringAsync());
        var locations = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains(locations, l => l.EndsWith($"/p/{product.Slug}"));
        Assert.Contains(locations, l => l.EndsWith($"/producers/{catalog.Producer.Slug}"));
        Assert.Contains(locations, l => l.EndsWith($"/c/{catalog.Category.Slug}"));

        var robots = await (await Client().GetAsync("/robots.txt")).Content.ReadAsStringAsync();
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await Client().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        var details = new HttpRequestMessage(HttpMethod.Get, "/health/details");
        details.Headers.Add(TestPeer.Header, "127.0.0.1"); // a management address
        var body = JsonDocument.Parse(await (await Client().SendAsync(details)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task English_switch_translates_the_interface_and_keeps_the_page()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var page = await HtmlPage.ParseAsync(await client.GetAsync("/products?sort=price-asc"));
        var link = page.QuerySelector(".language a[hreflang=en]")!.GetAttribute("href")!;

        var switched = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/products?sort=price-asc", switched.Headers.Location?.OriginalString);
        Assert.Contains("no-store", switched.Headers.CacheControl?.ToString());
        var english = await HtmlPage.ParseAsync(await client.GetAsync("/products"));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("All products", english.Text());
        Assert.Equal("Producers", english.QuerySelector("header a[href='/producers']")!.TextContent.Trim()); // many, in the menu
        Assert.Equal("true", english.QuerySelector(".language a[hreflang=en]")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/products?sort=price-asc")]
    [InlineData("/sitemap.xml")]
    public async Task Answers_head_wherever_it_answers_get(string path)
    {
        var response = await Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Language_switch_refuses_an_unknown_language_and_sets_nothing()
    {
        var response = await Client().GetAsync("/culture/xx-YY?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Language_switch_never_redirects_off_site(string returnUrl)
    {
        var switched = await Client().GetAsync($"/culture/en-US?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }
}

public sealed class StorefrontTestsOnSqlite(SqliteAppFixture fixture) : StorefrontTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class StorefrontTestsOnMariaDb(MariaDbAppFixture fixture) : StorefrontTests(fixture), IClassFixture<MariaDbAppFixture>;
