using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Storefront;

/// <summary>Pages carry Vietnamese as UTF-8 letters, and a hostile product name stays inert in text, attributes and JSON-LD.</summary>
public sealed class TextEncodingTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task Vietnamese_is_sent_as_letters_not_numeric_references()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo Nàng Thơm", description: "Hạt dài, thơm mùi lá dứa."));
        var html = await _app.CreateClient().GetStringAsync($"/p/{product.Slug}");
        Assert.Contains("Gạo Nàng Thơm", html);
        Assert.Contains("Hạt dài, thơm mùi lá dứa.", html);
        Assert.DoesNotMatch(new Regex("&#x(?!2[0-9A-F];)[0-9A-F]+;|&#[0-9]{3,};"), html); // no letter as a numeric reference
        var jsonLd = HtmlPage.Parse(html).QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("Gạo Nàng Thơm", jsonLd);
        Assert.Equal(product.Name, JsonDocument.Parse(jsonLd).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_hostile_product_name_stays_inert_in_html_attributes_and_json_ld()
    {
        const string hostile = "</script><img src=x onerror=alert(1)>\"'&";
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, hostile));
        var response = await _app.CreateClient().GetAsync($"/p/{product.Slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("</script><img", html);
        Assert.Contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#x27;&amp;", html); // text and attributes
        var page = HtmlPage.Parse(html);
        Assert.Contains(hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("img[onerror]"));
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        var jsonLd = Assert.Single(scripts).TextContent;
        Assert.DoesNotContain("</script", jsonLd, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(product.Name, JsonDocument.Parse(jsonLd).RootElement.GetProperty("name").GetString());
    }
}
