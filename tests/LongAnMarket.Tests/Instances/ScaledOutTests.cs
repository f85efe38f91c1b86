using System.Globalization;
using System.Net;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Commands;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Instances;

/// <summary>
/// Issue #30: behind haproxy, two instances sharing Redis and S3 storage serve an edit, a photo and a limit as one site
/// would, trust forwarded headers from haproxy alone, and write no link to a host the request names.
/// </summary>
[Collection(InstancesCollection.Name)]
public sealed class ScaledOutTests(ScaledOut site) : IClassFixture<ScaledOut>
{
    private AppProcess A => site.A;
    private AppProcess B => site.B;

    [Fact]
    public async Task A_name_and_price_edited_through_A_show_on_Bs_product_category_and_search_pages_within_two_seconds()
    {
        var logs = site.WatchLogs();
        await using var db = site.Db();
        var product = await (from p in db.Products
                             join r in db.Producers on p.ProducerId equals r.Id
                             join c in db.Categories on p.CategoryId equals c.Id
                             where r.TaxCode == ScaledOut.Producer.ProducerTaxCode && p.IsPublished && !p.IsDeleted
                             orderby p.Id
                             select new { p.Id, p.Slug, Category = c.Slug }).FirstAsync();
        using var seller = ScaledOut.RoutedFor("127.0.0.8");
        await seller.SignInAsync(A.Address, ScaledOut.Producer.Email, ScaledOut.Producer.Password);
        using var shopper = ScaledOut.RoutedFor("127.0.0.10");
        // B has the old pages cached (for 60 s) before the edit.
        foreach (var path in new[] { $"/p/{product.Slug}", $"/c/{product.Category}" })
            Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync(B, path)).StatusCode);

        var word = UniqueWord();
        var name = $"Gạo thơm mẻ {word}";
        var form = $"/seller/products/{product.Id}";
        var page = await seller.PageAsync(A, form);
        var price = long.Parse(page.QuerySelector("#v0-price")!.GetAttribute("value")!, CultureInfo.InvariantCulture) + 1_000;
        var saved = await seller.SubmitAsync(A, form, form, new Dictionary<string, string> { ["Name"] = name, ["Variants[0].PriceDong"] = $"{price}" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var shownPrice = price.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));
        var stale = await Eventually.ReadAsync(async () =>
        {
            var missing = new List<string>();
            var productPage = (await shopper.PageAsync(B, $"/p/{product.Slug}")).Text();
            if (!productPage.Contains(name)) missing.Add("the name on the product page");
            if (!productPage.Contains(shownPrice)) missing.Add($"the price {shownPrice} on the product page");
            if (!(await shopper.PageAsync(B, $"/c/{product.Category}")).Text().Contains(name)) missing.Add("the name on the category page");
            var found = (await shopper.PageAsync(B, "/search?q=" + Uri.EscapeDataString(word))).QuerySelectorAll(".card a.card__link").Select(a => a.GetAttribute("href"));
            if (!found.Contains($"/p/{product.Slug}")) missing.Add("the product in search");
            return missing;
        }, m => m.Count == 0, TimeSpan.FromSeconds(2));
        Assert.True(stale.Count == 0, "B still showed without " + string.Join(", ", stale));
        logs.AssertQuiet();
    }

    [Fact]
    public async Task A_photo_uploaded_through_A_is_served_through_B_and_the_balancer()
    {
        var logs = site.WatchLogs();
        using var seller = ScaledOut.RoutedFor("127.0.0.11");
        await seller.SignInAsync(A.Address, ScaledOut.Producer.Email, ScaledOut.Producer.Password);
        var uploaded = await seller.SubmitAsync(A.Address, "/seller", "/seller/photo", new Dictionary<string, string>(),
            ("Photo", "ruong-lua.png", "image/png", TestImages.Png(900, 600)));
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        using var shopper = ScaledOut.RoutedFor("127.0.0.12");
        var producerSlug = await site.Db().Producers.Where(p => p.TaxCode == ScaledOut.Producer.ProducerTaxCode).Select(p => p.Slug).SingleAsync();
        var photo = (await shopper.PageAsync(B, $"/producers/{producerSlug}")).QuerySelector("img.producer-photo")?.GetAttribute("src");
        Assert.NotNull(photo);
        Assert.False(Directory.Exists(Path.Combine(B.DataPath, "media", "producers")) && Directory.EnumerateFiles(Path.Combine(B.DataPath, "media", "producers")).Any(),
            "the photo was written to B's disk, not to the bucket");
        var onB = await shopper.GetAsync(B, photo!);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.StartsWith("image/", onB.Content.Headers.ContentType?.MediaType);
        Assert.True((await onB.Content.ReadAsByteArrayAsync()).Length > 100);
        using var visitor = site.ThroughBalancer("127.0.0.13");
        for (var i = 0; i < 2; i++) // round robin: once from each instance
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(site.Balancer.Origin, photo)).StatusCode);
        logs.AssertQuiet();
    }

    [Fact]
    public async Task A_producer_document_uploaded_through_A_opens_for_an_admin_on_B_and_is_not_found_by_anyone_else()
    {
        var logs = site.WatchLogs();
        using var applicant = ScaledOut.RoutedFor("127.0.0.14");
        var email = Visitor.NewEmail();
        await applicant.SubmitAsync(A.Address, "/account/register", "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = "Nguyễn Thị Lúa", ["Email"] = email, ["Password"] = Visitor.Passphrase, ["ConfirmPassword"] = Visitor.Passphrase,
        });
        var confirmed = await applicant.GetAsync(A, MailPickup.LastLink(A.DataPath, email, "/account/confirm-email"));
        Assert.True(confirmed.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"confirming the address gave {(int)confirmed.StatusCode}");
        await applicant.SignInAsync(A, email, Visitor.Passphrase); // refused unless the address was confirmed
        var taxNumber = TestTaxNumbers.Next();
        await using var db = site.Db();
        var areaId = await db.OriginAreas.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var application = TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Cơ sở {taxNumber}", ["TaxNumber"] = taxNumber, ["OriginAreaId"] = areaId.ToString(CultureInfo.InvariantCulture),
            ["Address"] = "Ấp 1, xã Mỹ Lệ", ["Phone"] = "0909123456", ["ContactEmail"] = email,
        });
        var rules = (await applicant.PageAsync(A, "/seller/apply")).QuerySelector("input[name=AcceptRules]")?.GetAttribute("value");
        if (rules is not null) application["AcceptRules"] = rules;
        var pdf = System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\n% giấy phép {taxNumber}\n%%EOF\n");
        var applied = await applicant.SubmitAsync(A.Address, "/seller/apply", "/seller/apply", application, ("Documents", "giay-phep.pdf", "application/pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var document = await db.ProducerDocuments.Where(d => db.Producers.Any(p => p.Id == d.ProducerId && p.TaxCode == taxNumber))
            .Select(d => new { d.Id, d.StorageKey }).SingleAsync();
        Assert.True(await site.Files.Buckets.Private.ExistsAsync(document.StorageKey));
        var url = $"/seller/documents/{document.Id}";

        using var officer = ScaledOut.RoutedFor("127.0.0.15");
        await officer.SignInWithCodeAsync(B.Address, ScaledOut.Admin.Email, ScaledOut.Admin.Password, DemoAccounts.AdminAuthenticatorSecret);
        var opened = await officer.GetAsync(B, url);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());

        using var otherProducer = ScaledOut.RoutedFor("127.0.0.16");
        await otherProducer.SignInAsync(B, ScaledOut.Producer.Email, ScaledOut.Producer.Password);
        using var anonymous = ScaledOut.RoutedFor("127.0.0.17");
        foreach (var instance in site.Both)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherProducer.GetAsync(instance, url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(instance, url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(instance, "/media/" + document.StorageKey)).StatusCode);
        }
        logs.AssertQuiet();
    }

    [Fact]
    public async Task Sign_ins_are_counted_over_both_instances_per_real_client_and_forged_forwarding_headers_count_for_nothing()
    {
        var logs = site.WatchLogs();
        // One client, its posts spread over A and B: the limit holds in total.
        using var client = ScaledOut.RoutedFor("127.0.0.20");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ScaledOut.SignInsPerMinute; i++)
            statuses.Add((await SignInAsync(client, site.Both[i % 2].Address)).StatusCode);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(ScaledOut.SignInsPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // Through haproxy, clients are told apart by the address it forwards; what a client claims is dropped.
        using var first = site.ThroughBalancer("127.0.0.4");
        using var second = site.ThroughBalancer("127.0.0.5");
        var firstStatuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ScaledOut.SignInsPerMinute; i++)
            firstStatuses.Add((await SignInAsync(first, site.Balancer.Origin, forgedFor: $"10.1.2.{i + 1}")).StatusCode);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, firstStatuses.Take(ScaledOut.SignInsPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, firstStatuses[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await SignInAsync(second, site.Balancer.Origin)).StatusCode);

        // Straight to an instance from 127.0.0.3, forwarding headers are not believed: plain http is sent to the public origin.
        using var forger = new InstanceVisitor(IPAddress.Parse("127.0.0.3"));
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(A.Address, "/account/login"));
        request.Headers.Add("X-Forwarded-For", "10.9.9.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var forged = await forger.SendAsync(request);
        Assert.Equal(HttpStatusCode.PermanentRedirect, forged.StatusCode);
        Assert.StartsWith(site.Balancer.Origin.ToString().TrimEnd('/'), forged.Headers.Location!.ToString());
        logs.AssertQuiet();
    }

    [Fact]
    public async Task A_request_naming_another_host_through_the_balancer_gets_no_link_qr_or_email_pointing_there()
    {
        var logs = site.WatchLogs();
        using var visitor = site.ThroughBalancer("127.0.0.30");
        await using var db = site.Db();
        var lot = await db.Lots.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Gtin, l.Code }).FirstAsync();
        foreach (var path in new[] { "/", "/account/forgot-password", $"/01/{lot.Gtin}/10/{lot.Code}" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Balancer.Origin, path));
            request.Headers.Host = "attacker.example";
            var response = await visitor.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("attacker.example", await response.Content.ReadAsStringAsync());
        }
        var reset = new HttpRequestMessage(HttpMethod.Post, new Uri(site.Balancer.Origin, "/account/forgot-password"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = ScaledOut.Producer.Email }),
        };
        reset.Headers.Host = "attacker.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.SendAsync(reset)).StatusCode);
        foreach (var instance in site.Both)
        {
            var mail = Path.Combine(instance.DataPath, "mail-pickup");
            if (Directory.Exists(mail))
                Assert.DoesNotContain(Directory.EnumerateFiles(mail, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("attacker.example"));
        }
        // The same pages through the balancer's own name: links and the QR code name the public origin.
        var page = await visitor.GetAsync(site.Balancer.Origin, $"/01/{lot.Gtin}/10/{lot.Code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        logs.AssertQuiet();
    }

    private static async Task<HttpResponseMessage> SignInAsync(InstanceVisitor client, Uri origin, string? forgedFor = null)
    {
        var html = await client.PageAsync(origin, "/account/login");
        var token = html.QuerySelector("form[action='/account/login'] input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(origin, "/account/login"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "khong-co@example.vn", ["Password"] = "sai-mat-khau-dai", ["__RequestVerificationToken"] = token,
            }),
        };
        if (forgedFor is not null) request.Headers.Add("X-Forwarded-For", forgedFor);
        return await client.SendAsync(request);
    }

    private static string UniqueWord() => new(Guid.NewGuid().ToString("N").Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).Take(9).ToArray());
}
