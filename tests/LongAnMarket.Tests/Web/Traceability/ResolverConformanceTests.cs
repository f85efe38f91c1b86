using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Traceability;

/// <summary>
/// GS1-Conformant Resolver statements (../shared/standards/gs1-resolver/ConformantResolver1_0.txt), one test each;
/// docs/resolver-conformance.md maps every statement to its test, a deliberate deviation, or why it does not apply.
/// The resolver's answers do not depend on SQL, so these run on SQLite only.
/// </summary>
public sealed class ResolverConformanceTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Origin = TestLot.Origin;
    private const string Vocabulary = "https://ref.gs1.org/voc/";
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task Every_key_qualifier_of_the_gtin_is_supported()
    {
        var (lot, serial) = await LotWithStickerAsync();
        foreach (var path in new[] { lot.Path, $"{lot.Path}/21/{serial}", $"/01/{lot.Gtin}/22/XANH/10/{lot.Code}" })
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, (await GetAsync($"/01/{lot.Gtin}")).StatusCode);
    }

    [Fact]
    public async Task Get_head_and_options_are_answered()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var get = await GetAsync(lot.Path);
        var head = await SendAsync(new HttpRequestMessage(HttpMethod.Head, lot.Path));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.GetValues("Link"), head.Headers.GetValues("Link"));
        var options = await SendAsync(new HttpRequestMessage(HttpMethod.Options, lot.Path));
        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", options.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task Cors_is_supported_with_a_preflight_and_the_link_header_exposed()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var preflight = new HttpRequestMessage(HttpMethod.Options, lot.Path);
        preflight.Headers.Add("Origin", "https://ref.gs1.org");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept");
        var answer = await SendAsync(preflight);
        Assert.True(answer.IsSuccessStatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("Accept", answer.Headers.GetValues("Access-Control-Allow-Headers").Single());

        var get = new HttpRequestMessage(HttpMethod.Get, lot.Path);
        get.Headers.Add("Origin", "https://ref.gs1.org");
        var response = await SendAsync(get);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("Link", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.Contains("OPTIONS", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Theory]
    [InlineData("/01/09506000164908/foo")]
    [InlineData("/01/09506000164907/10/ABC")]
    [InlineData("/01/09506000164908/10/ABC/22/X")]
    public async Task A_uri_that_is_not_a_valid_digital_link_is_reported_with_400(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mã không hợp lệ", (await HtmlPage.ParseAsync(response)).Text());
    }

    [Fact]
    public async Task No_error_is_ever_answered_with_200()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/01/09506000134352/10/KHONGCO")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"{lot.Path}?linkType=gs1:nosuchlt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"{lot.Path}/21/KHONGCO")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync($"{lot.Path}/99/1")).StatusCode);
    }

    [Fact]
    public async Task A_compressed_digital_link_is_decompressed_answered_in_place_and_names_its_uncompressed_form()
    {
        var (lot, serial) = await LotWithStickerAsync();
        var link = new DigitalLink(lot.Gtin, lot.Code, serial);
        var compressed = DigitalLinkCompression.Compress(link);
        var response = await GetAsync(compressed);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // no redirect to the uncompressed form on this resolver
        Assert.Contains($"<{Origin}{link.Path}>; rel=\"owl:sameAs\"", response.Headers.GetValues("Link").Single());
        Assert.Contains($"(21) {serial}", (await HtmlPage.ParseAsync(response)).Text());

        var product = await GetAsync(DigitalLinkCompression.Compress(new DigitalLink(lot.Gtin, null, null)));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, product.StatusCode);
        Assert.Equal($"{Origin}/p/{lot.Product.Slug}", product.Headers.Location!.OriginalString);
        Assert.Contains($"<{Origin}/01/{lot.Gtin}>; rel=\"owl:sameAs\"", product.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task The_linkset_of_a_compressed_link_has_the_uncompressed_uri_as_its_subject()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var linkset = await LinksetAsync(DigitalLinkCompression.Compress(new DigitalLink(lot.Gtin, lot.Code, null)) + "?linkType=linkset");
        Assert.Equal([Origin + lot.Path, $"{Origin}/01/{lot.Gtin}"], Anchors(linkset));
    }

    [Fact]
    public async Task A_compressed_path_that_does_not_decompress_is_not_a_code()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/AAAAAAAAAAAAAAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/search-page")).StatusCode);
    }

    [Theory]
    [InlineData("?linkType=linkset", null)]
    [InlineData("", "application/linkset+json")]
    [InlineData("?linkType=all", "application/linkset+json")]
    public async Task The_linkset_is_returned_for_linktype_linkset_or_the_linkset_media_type_as_rfc_9264(string query, string? accept)
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var request = new HttpRequestMessage(HttpMethod.Get, lot.Path + query);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var response = await SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/linkset+json", response.Content.Headers.GetValues("Content-Type").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("linkset").ValueKind);
    }

    [Fact]
    public async Task The_linkset_holds_every_level_up_to_the_gtin_each_with_its_item_description()
    {
        var (lot, serial) = await LotWithStickerAsync();
        var linkset = await LinksetAsync($"{lot.Path}/21/{serial}?linkType=linkset");
        Assert.Equal([$"{Origin}{lot.Path}/21/{serial}", Origin + lot.Path, $"{Origin}/01/{lot.Gtin}"], Anchors(linkset));
        var levels = linkset.RootElement.GetProperty("linkset").EnumerateArray().ToList();
        Assert.Contains(serial, levels[0].GetProperty("itemDescription").GetString());
        Assert.Contains(lot.Code, levels[1].GetProperty("itemDescription").GetString());
        Assert.Equal(lot.Product.Name, levels[2].GetProperty("itemDescription").GetString());
        Assert.Equal($"{Origin}/p/{lot.Product.Slug}", levels[2].GetProperty(Vocabulary + "pip")[0].GetProperty("href").GetString());
        Assert.Equal($"{Origin}/trace/lots/{lot.LotId}/epcis", levels[1].GetProperty(Vocabulary + "epcis")[0].GetProperty("href").GetString());
    }

    [Fact]
    public async Task Every_link_has_a_target_a_gs1_link_type_a_title_and_languages_and_an_iana_media_type()
    {
        var (lot, serial) = await LotWithStickerAsync();
        var linkset = await LinksetAsync($"{lot.Path}/21/{serial}?linkType=linkset");
        string[] iana = ["text/html", "application/ld+json"];
        foreach (var level in linkset.RootElement.GetProperty("linkset").EnumerateArray())
            foreach (var property in level.EnumerateObject().Where(p => p.Name is not ("anchor" or "itemDescription")))
            {
                Assert.StartsWith(Vocabulary, property.Name);
                foreach (var link in property.Value.EnumerateArray())
                {
                    Assert.StartsWith("http", link.GetProperty("href").GetString());
                    Assert.False(string.IsNullOrWhiteSpace(link.GetProperty("title").GetString()));
                    if (property.Name == Vocabulary + "defaultLink") continue;
                    Assert.Equal(["vi"], link.GetProperty("hreflang").EnumerateArray().Select(l => l.GetString()));
                    Assert.Contains(link.GetProperty("type").GetString(), iana);
                }
            }
    }

    [Fact]
    public async Task Each_level_has_one_default_link_without_optional_attributes_also_described_by_a_descriptive_link_type()
    {
        var (lot, serial) = await LotWithStickerAsync();
        var linkset = await LinksetAsync($"{lot.Path}/21/{serial}?linkType=linkset");
        foreach (var level in linkset.RootElement.GetProperty("linkset").EnumerateArray())
        {
            var defaultLink = level.GetProperty(Vocabulary + "defaultLink").EnumerateArray().Single();
            Assert.Equal(["href", "title"], defaultLink.EnumerateObject().Select(p => p.Name));
            var href = defaultLink.GetProperty("href").GetString();
            Assert.Contains(level.EnumerateObject().Where(p => p.Name.StartsWith(Vocabulary) && !p.Name.EndsWith("defaultLink")),
                p => p.Value.EnumerateArray().Any(l => l.GetProperty("href").GetString() == href));
        }
    }

    [Fact]
    public async Task A_linkset_answer_points_to_the_json_ld_context_and_varies_by_accept()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var response = await GetAsync($"{lot.Path}?linkType=linkset");
        Assert.Contains("<https://ref.gs1.org/standards/resolver/linkset-context>; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"",
            response.Headers.GetValues("Link").Single());
        Assert.Equal("Accept", response.Headers.Vary.Single());
        Assert.Equal("Accept", (await GetAsync(lot.Path)).Headers.Vary.Single());
    }

    [Fact]
    public async Task A_gtin_redirects_to_its_default_link_with_a_307_to_an_absolute_url()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var linkset = await LinksetAsync($"/01/{lot.Gtin}?linkType=linkset");
        var defaultHref = linkset.RootElement.GetProperty("linkset")[0].GetProperty(Vocabulary + "defaultLink")[0].GetProperty("href").GetString();
        var response = await GetAsync($"/01/{lot.Gtin}");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal(defaultHref, response.Headers.Location!.OriginalString);
    }

    /// <summary>Deliberate deviation: the Digital Link of a lot is its default link's target, so it is served in place.</summary>
    [Fact]
    public async Task A_lot_is_served_at_its_digital_link_which_is_its_default_links_target()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var linkset = await LinksetAsync($"{lot.Path}?linkType=linkset");
        Assert.Equal(Origin + lot.Path, linkset.RootElement.GetProperty("linkset")[0].GetProperty(Vocabulary + "defaultLink")[0].GetProperty("href").GetString());
        var response = await GetAsync(lot.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Any_code_however_granular_has_a_default_link_at_its_level_or_above()
    {
        var (lot, serial) = await LotWithStickerAsync();
        foreach (var path in new[] { $"/01/{lot.Gtin}", lot.Path, $"{lot.Path}/21/{serial}", $"{lot.Path}/21/KHONGCO", $"/01/{lot.Gtin}/10/KHONGCO" })
        {
            var linkset = await LinksetAsync(path + "?linkType=linkset");
            Assert.Contains(linkset.RootElement.GetProperty("linkset").EnumerateArray(), level => level.TryGetProperty(Vocabulary + "defaultLink", out _));
        }
    }

    [Theory]
    [InlineData("gs1:epcis")]
    [InlineData("https://gs1.org/voc/epcis")]
    [InlineData("https://ref.gs1.org/voc/epcis")]
    [InlineData("https://www.gs1.org/voc/epcis")]
    public async Task The_requested_link_type_redirects_to_its_link_however_the_gs1_vocabulary_is_named(string linkType)
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var response = await GetAsync($"{lot.Path}?linkType={Uri.EscapeDataString(linkType)}");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal($"{Origin}/trace/lots/{lot.LotId}/epcis", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_link_type_of_a_higher_level_is_found_by_walking_up()
    {
        var (lot, serial) = await LotWithStickerAsync();
        var pip = await GetAsync($"{lot.Path}/21/{serial}?linkType=gs1:pip");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, pip.StatusCode);
        Assert.Equal($"{Origin}/p/{lot.Product.Slug}", pip.Headers.Location!.OriginalString);
        var certificates = await GetAsync($"{lot.Path}/21/{serial}?linkType=gs1:certificationInfo");
        Assert.Equal($"{Origin}{lot.Path}#certificates", certificates.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("gs1:nosuchlt")]
    [InlineData("gs1:recipeInfo")]
    [InlineData("https://example.com/voc/pip")]
    [InlineData("pip")]
    public async Task A_link_type_the_code_has_no_link_of_is_404(string linkType)
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var response = await GetAsync($"{lot.Path}?linkType={Uri.EscapeDataString(linkType)}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("không có liên kết loại", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_key_value_pair_of_the_query_is_passed_on_when_redirecting()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var product = await GetAsync($"/01/{lot.Gtin}?foo=bar&utm_source=zalo");
        Assert.Equal($"{Origin}/p/{lot.Product.Slug}?foo=bar&utm_source=zalo", product.Headers.Location!.OriginalString);
        var epcis = await GetAsync($"{lot.Path}?linkType=gs1:epcis&foo=b%C3%A1r");
        Assert.Equal($"{Origin}/trace/lots/{lot.LotId}/epcis?foo=b%C3%A1r", epcis.Headers.Location!.OriginalString);
        var certificates = await GetAsync($"{lot.Path}?foo=bar&linkType=gs1:certificationInfo");
        Assert.Equal($"{Origin}{lot.Path}?foo=bar#certificates", certificates.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_redirect_carries_the_link_to_the_linkset()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        foreach (var path in new[] { $"/01/{lot.Gtin}", $"{lot.Path}?linkType=gs1:pip" })
        {
            var response = await GetAsync(path);
            Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
            Assert.Contains("rel=\"linkset\"", response.Headers.GetValues("Link").Single());
        }
    }

    [Fact]
    public async Task The_description_file_is_at_the_well_known_address_with_the_standard_keys()
    {
        var response = await GetAsync("/.well-known/gs1resolver");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(Origin, root.GetProperty("resolverRoot").GetString());
        Assert.Equal(["01"], root.GetProperty("supportedPrimaryKeys").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("https://ref.gs1.org/standards/resolver/linkset-context", root.GetProperty("jsonLdContextLocation").GetString());
        var linkType = root.GetProperty("supportedLinkType").EnumerateArray().Single();
        Assert.Equal((Vocabulary, "gs1:"), (linkType.GetProperty("namespace").GetString(), linkType.GetProperty("prefix").GetString()));
        Assert.False(root.GetProperty("linkTypeDefaultCanBeLinkset").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
        Assert.False(root.TryGetProperty("supportedLinkTypes", out _));
    }

    [Fact]
    public async Task A_trailing_slash_is_tolerated()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(lot.Path + "/")).StatusCode);
        var without = await GetAsync($"/01/{lot.Gtin}");
        var with = await GetAsync($"/01/{lot.Gtin}/");
        Assert.Equal((without.StatusCode, without.Headers.Location), (with.StatusCode, with.Headers.Location));
    }

    /// <summary>The decision: machines walk up to the GTIN's links; a person's page for an unknown lot stays a counterfeit warning.</summary>
    [Fact]
    public async Task An_unknown_lot_walks_up_to_the_gtin_for_machines_but_warns_a_person()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var unknown = $"/01/{lot.Gtin}/10/KL8G";
        var pip = await GetAsync(unknown + "?linkType=gs1:pip");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, pip.StatusCode);
        Assert.Equal($"{Origin}/p/{lot.Product.Slug}", pip.Headers.Location!.OriginalString);
        Assert.Equal([$"{Origin}/01/{lot.Gtin}"], Anchors(await LinksetAsync(unknown + "?linkType=linkset")));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(unknown + "?linkType=gs1:epcis")).StatusCode);

        var person = await GetAsync(unknown);
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        var page = await HtmlPage.ParseAsync(person);
        Assert.Contains("hàng giả", page.Text());
        Assert.Equal(lot.Product.Name, page.QuerySelector($"a[href='/p/{lot.Product.Slug}']")!.TextContent);
    }

    [Fact]
    public async Task Nothing_known_of_a_gtin_is_404_for_machines_too()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/01/09506000134352?linkType=linkset")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/01/09506000134352/10/X?linkType=gs1:pip")).StatusCode);
    }

    private Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => new Visitor(_app).Client.SendAsync(request);

    private async Task<JsonDocument> LinksetAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string?> Anchors(JsonDocument linkset) =>
        linkset.RootElement.GetProperty("linkset").EnumerateArray().Select(l => l.GetProperty("anchor").GetString()).ToList();

    private async Task<(TestLot Lot, string Serial)> LotWithStickerAsync()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        await _app.WithServicesAsync(s => s.GetRequiredService<SerialService>().RequestAsync(lot.Catalog.Producer.Id, lot.LotId, 1, "test"));
        var serial = await Eventually.ReadAsync(
            () => _app.WithDbAsync(db => db.LotSerials.Where(x => x.LotId == lot.LotId).Select(x => x.Value).FirstOrDefaultAsync()), s => s is not null, TimeSpan.FromSeconds(30));
        return (lot, serial!);
    }
}
