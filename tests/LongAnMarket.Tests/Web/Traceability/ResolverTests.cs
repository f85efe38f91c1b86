using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>The GS1 Digital Link resolver's answers: pages, linksets, status codes, CORS, the well-known documents.</summary>
public abstract class ResolverTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task A_lot_resolves_to_its_page_for_get_and_head_with_cors_and_a_linkset_link()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var client = new Visitor(_app).Client;
        var get = await client.GetAsync(lot.Path);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("*", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("rel=\"linkset\"", get.Headers.GetValues("Link").Single());
        Assert.False(get.Headers.Contains("Set-Cookie"));
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, lot.Path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Theory]
    [InlineData("?linkType=all", null)]
    [InlineData("", "application/linkset+json")]
    public async Task A_machine_gets_an_rfc_9264_linkset_with_the_gs1_link_types(string query, string? accept)
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var request = new HttpRequestMessage(HttpMethod.Get, lot.Path + query);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await new Visitor(_app).Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/linkset+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var set = json.RootElement.GetProperty("linkset")[0];
        Assert.EndsWith(lot.Path, set.GetProperty("anchor").GetString());
        foreach (var type in new[] { "traceability", "certificationInfo", "epcis", "defaultLink" })
        {
            var links = set.GetProperty("https://ref.gs1.org/voc/" + type).EnumerateArray().ToList();
            Assert.NotEmpty(links);
            Assert.StartsWith("http", links[0].GetProperty("href").GetString());
        }
        var gtin = json.RootElement.GetProperty("linkset")[1];
        Assert.EndsWith($"/p/{lot.Product.Slug}", gtin.GetProperty("https://ref.gs1.org/voc/pip")[0].GetProperty("href").GetString());
    }

    [Theory]
    [InlineData("/01/12345", "Malformed")]
    [InlineData("/01/08934567890124/10/ABC", "check")]
    [InlineData("/01/abc/10/X", "Malformed")]
    [InlineData("/01/", "Malformed")]
    public async Task A_malformed_code_or_a_wrong_check_digit_gets_a_400_page_that_explains(string path, string _)
    {
        var response = await new Visitor(_app).GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Mã không hợp lệ", page.Text());
        Assert.NotNull(page.QuerySelector("a[href^='/trace/report']"));
    }

    [Fact]
    public async Task The_wrong_check_digit_page_warns_without_showing_a_status_code_or_the_right_digit()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var wrong = lot.Gtin[..13] + (char)('0' + (lot.Gtin[13] - '0' + 1) % 10);
        var response = await new Visitor(_app).GetAsync($"/01/{wrong}/10/{lot.Code}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var warning = (await HtmlPage.ParseAsync(response)).QuerySelector(".warning-page")!.TextContent;
        Assert.Contains("Mã sản phẩm (GTIN) trong mã này không hợp lệ.", warning);
        Assert.DoesNotContain(lot.Gtin, warning); // the right code, rebuilt
        Assert.DoesNotContain("kiểm tra", warning, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("400", warning);
    }

    [Theory]
    [InlineData("/01/08934567890124/10/ABC", "The product code (GTIN) in this code is not valid.")]
    [InlineData("/01/09506000134352/99/X", "This is not one of the marketplace's traceability codes.")]
    [InlineData("/01/09506000134352/10/KHONGCO", "this code is not registered on the marketplace")]
    public async Task Warning_pages_speak_english_when_asked_and_show_no_status_code(string path, string expected)
    {
        var visitor = new Visitor(_app);
        await visitor.GetAsync((await visitor.PageAsync("/")).QuerySelector(".language a[hreflang=en]")!.GetAttribute("href")!);
        var page = await visitor.PageAsync(path);
        var warning = page.QuerySelector(".warning-page")!.TextContent;
        Assert.Contains(expected, warning);
        Assert.DoesNotMatch(@"\b(400|404)\b", warning.Replace(path, ""));
        Assert.DoesNotMatch("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", warning.Replace(path, "")); // no Vietnamese left
    }

    [Fact]
    public async Task An_unknown_but_well_formed_code_is_a_404_that_warns_about_counterfeits()
    {
        var response = await new Visitor(_app).GetAsync("/01/09506000134352/10/KHONGCO");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var text = (await HtmlPage.ParseAsync(response)).Text();
        Assert.Contains("chưa được đăng ký", text);
        Assert.Contains("hàng giả", text);
    }

    [Fact]
    public async Task A_gtin_only_code_opens_the_product_page()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var response = await new Visitor(_app).GetAsync($"/01/{lot.Gtin}");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.EndsWith($"/p/{lot.Product.Slug}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_resolver_description_and_the_public_signing_key_are_published()
    {
        var client = new Visitor(_app).Client;
        using var resolver = JsonDocument.Parse(await client.GetStringAsync("/.well-known/gs1resolver"));
        Assert.Contains("01", resolver.RootElement.GetProperty("supportedPrimaryKeys").EnumerateArray().Select(e => e.GetString()));
        var key = await client.GetAsync("/.well-known/longan-trace-key");
        Assert.Equal("*", key.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("application/jwk-set+json", key.Content.Headers.ContentType!.MediaType);
        using var set = JsonDocument.Parse(await key.Content.ReadAsStringAsync());
        var jwk = set.RootElement.GetProperty("keys")[0];
        Assert.Equal("EC", jwk.GetProperty("kty").GetString());
        Assert.Equal("P-256", jwk.GetProperty("crv").GetString());
        Assert.Equal(43, jwk.GetProperty("x").GetString()!.Length);
        Assert.Equal("current", jwk.GetProperty("longan:status").GetString());
        Assert.Equal(43, jwk.GetProperty("kid").GetString()!.Length); // the RFC 7638 thumbprint every signature names
        Assert.False(jwk.TryGetProperty("d", out _)); // never the private half
    }
}

public sealed class ResolverTestsOnSqlite(SqliteAppFixture fixture) : ResolverTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ResolverTestsOnMariaDb(MariaDbAppFixture fixture) : ResolverTests(fixture), IClassFixture<MariaDbAppFixture>;
