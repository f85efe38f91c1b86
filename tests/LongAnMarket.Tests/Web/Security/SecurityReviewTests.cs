using System.Net;
using System.Net.Http.Headers;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Web.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Security;

/// <summary>
/// The findings of the security review (issue #16), each tried from outside as the attacker did, on the app as tests
/// run it (Testing environment, SQLite): sessions, holds, enumeration, double submits, TOTP reuse, odd input, downloads
/// and health. Production's own settings are in <see cref="ProductionSettingsTests"/>.
/// </summary>
public sealed class SecurityReviewTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task A_cookie_saved_before_sign_out_opens_nothing_afterwards()
    {
        var visitor = new Visitor(_app);
        await visitor.SignUpAndInAsync();
        var saved = visitor.CookieHeader("/account/personal-data");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/account/personal-data")).StatusCode);

        await visitor.SubmitAsync("/account", "/account/logout", []);

        var replay = new HttpRequestMessage(HttpMethod.Get, "/account/personal-data");
        replay.Headers.Add("Cookie", saved);
        var response = await _app.CreateDefaultClient().SendAsync(replay);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Another_session_is_signed_out_by_a_password_change_while_the_changing_one_stays()
    {
        var a = new Visitor(_app);
        var email = await a.SignUpAndInAsync();
        var b = new Visitor(_app);
        await b.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/account")).StatusCode);

        await a.SubmitAsync("/account/change-password", "/account/change-password", new()
        {
            ["CurrentPassword"] = Visitor.Passphrase, ["Password"] = "nước mắm cá cơm Cần Giuộc", ["ConfirmPassword"] = "nước mắm cá cơm Cần Giuộc",
        });

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Past_the_unpaid_order_cap_a_cart_is_refused_with_a_message_and_stock_stays()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 20);
        var guest = new Visitor(_app);
        for (var i = 0; i < 2; i++)
        {
            await guest.AddAsync(product, 2);
            Assert.Equal(HttpStatusCode.Redirect, (await guest.CheckoutAsync(Visitor.NewEmail())).StatusCode);
        }
        var stockBefore = await Shopping.StockAsync(_app, product);

        await guest.AddAsync(product, 2);
        var third = await guest.CheckoutAsync(Visitor.NewEmail());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, third.StatusCode);
        Assert.Contains("2 đơn hàng chưa thanh toán", (await HtmlPage.ParseAsync(third)).Text());
        Assert.Equal(stockBefore, await Shopping.StockAsync(_app, product));
    }

    [Fact]
    public async Task A_guest_order_holds_stock_for_fifteen_minutes_and_its_mail_greets_nobody_by_the_typed_name()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var guest = new Visitor(_app);
        var email = Visitor.NewEmail();
        await guest.AddAsync(product, 1);
        var code = Shopping.CodeOf(await guest.CheckoutAsync(email, new() { ["Name"] = "Bấm vào đây để nhận quà" }));

        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(TimeSpan.FromMinutes(15), order.PayByUtc - order.PlacedAtUtc);
        var mail = Assert.Single(MailPickup.To(_app, email)).TextBody ?? "";
        Assert.StartsWith("Xin chào,", mail);
        Assert.DoesNotContain("nhận quà", mail);
        Assert.Contains($"DH {code}", mail);
        Assert.Contains($"/orders/{code}?key={order.AccessKey}", mail);
    }

    [Fact]
    public async Task Another_carts_double_submit_token_does_not_open_the_order()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var owner = new Visitor(_app);
        await owner.AddAsync(product, 1);
        var token = (await owner.PageAsync("/checkout")).QuerySelector("input[name=Token]")!.GetAttribute("value")!;
        var code = Shopping.CodeOf(await owner.CheckoutAsync(Visitor.NewEmail(), new() { ["Token"] = token }));

        var other = new Visitor(_app);
        await other.AddAsync(product, 1);
        var stolen = await other.CheckoutAsync(Visitor.NewEmail(), new() { ["Token"] = token });

        Assert.DoesNotContain(code, stolen.Headers.Location?.OriginalString ?? "");
        Assert.DoesNotContain(code, await stolen.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stolen.StatusCode);
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_exactly_as_a_new_one()
    {
        var taken = await new Visitor(_app).SignUpAndInAsync();
        var forTaken = await new Visitor(_app).RegisterAsync(taken);
        var forNew = await new Visitor(_app).RegisterAsync(Visitor.NewEmail());
        Assert.Equal(forNew.StatusCode, forTaken.StatusCode);
        Assert.Equal(forNew.Headers.Location, forTaken.Headers.Location);
    }

    [Fact]
    public async Task Sign_in_says_the_same_for_an_unknown_address_a_wrong_password_and_a_locked_account()
    {
        var email = await new Visitor(_app).SignUpAndInAsync();
        async Task<string> RefusalAsync(string address, string password) =>
            (await HtmlPage.ParseAsync(await new Visitor(_app).SignInAsync(address, password))).QuerySelector("[role=alert]")!.TextContent.Trim();

        var unknown = await RefusalAsync(Visitor.NewEmail(), "một mật khẩu bất kỳ dài");
        var wrong = await RefusalAsync(email, "một mật khẩu bất kỳ dài");
        for (var i = 0; i < 5; i++) await RefusalAsync(email, "một mật khẩu bất kỳ dài");
        var locked = await RefusalAsync(email, Visitor.Passphrase);

        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_once()
    {
        var (_, email, key) = await Visitor.AdminAsync(_app);
        var again = new Visitor(_app);
        var password = await again.SignInAsync(email);
        var reused = await HtmlPage.ParseAsync(await again.SubmitAsync(password.Headers.Location!.OriginalString, "/account/login-2fa",
            new() { ["Code"] = Visitor.AuthenticatorCode(_app, key) }));
        Assert.Contains("Mã không đúng", reused.Text());
        Assert.NotEqual(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_refused_form_with_a_field_named_code_shows_its_own_status_not_a_500()
    {
        var response = await _app.CreateDefaultClient().PostAsync("/account/login-2fa",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "123456" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_multipart_file_name_with_a_bare_quote_is_answered_400()
    {
        var visitor = new Visitor(_app);
        await visitor.SignUpAndInAsync();
        var token = (await visitor.PageAsync("/seller/apply")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new MultipartFormDataContent("boundary42");
        body.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(TestImages.Pdf);
        file.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"Documents\"; filename=\"gi\\\"ay.pdf\"");
        body.Add(file);
        var response = await visitor.Client.PostAsync("/seller/apply", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_producer_document_downloads_under_its_number_and_detected_type_in_a_sandbox()
    {
        var visitor = new Visitor(_app);
        await visitor.SignUpAndInAsync();
        var areaId = await _app.WithDbAsync(async db => (await TestCatalog.CreateAsync(db)).Area.Id);
        await visitor.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = "Cơ sở Tải Về", ["TaxNumber"] = TestTaxNumbers.Next(), ["OriginAreaId"] = areaId.ToString(),
            ["Address"] = "Ấp Chợ, xã Mỹ Lệ, tỉnh Tây Ninh", ["Phone"] = "0909 123 456", ["ContactEmail"] = Visitor.NewEmail(), ["Description"] = "Lúa gạo.",
        }), [("Documents", "giay-phep.html.pdf", TestImages.Pdf)]);
        var id = await _app.WithDbAsync(db => db.ProducerDocuments.OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync());

        var download = await visitor.GetAsync($"/seller/documents/{id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal($"document-{id}.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_trace_attachment_is_served_as_a_sandboxed_download()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        await _app.WithServicesAsync(services => services.GetRequiredService<LongAnMarket.Infrastructure.Traceability.LotService>().AppendAsync(
            lot.Catalog.Producer.Id, lot.LotId, LongAnMarket.Core.Traceability.TraceStep.Inspecting,
            new LongAnMarket.Infrastructure.Traceability.EventDraft(TestLot.DaysAgo(1), lot.LocationId, null, true,
                [new LongAnMarket.Infrastructure.Traceability.UploadedFile("report.pdf", TestImages.Pdf)]), "test", TestLot.Origin));
        var path = await _app.WithDbAsync(db => db.Set<LongAnMarket.Core.Traceability.TraceAttachment>()
            .Where(a => db.TraceEvents.Any(e => e.Id == a.EventId && e.LotId == lot.LotId)).Select(a => a.Path).SingleAsync());

        var response = await _app.CreateDefaultClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());

        // A file dropped into the folder that no record seals is not served at all.
        var folder = Path.Combine(_app.DataPath, "media", "trace", "202612");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "planted.pdf"), TestImages.Pdf);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateDefaultClient().GetAsync("/media/trace/202612/planted.pdf")).StatusCode);
    }

    [Fact]
    public async Task Health_tells_anyone_only_the_state_and_the_details_only_to_an_admin_or_a_management_address()
    {
        var anonymous = _app.CreateDefaultClient();
        var health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Matches("^\\{\"status\":\"(Healthy|Degraded)\"\\}$", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/health/details")).StatusCode);

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        Assert.Contains("\"checks\"", await (await admin.GetAsync("/health/details")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Eight_concurrent_huge_photos_never_decode_more_than_two_at_once()
    {
        var huge = TestImages.Png(6300, 6300);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => ProductImageProcessor.ProcessAsync(huge, $"anh-{i}.png"))));
        Assert.Equal(ProductImageProcessor.MaxConcurrentDecodes, ProductImageProcessor.MostConcurrentDecodes);
    }

    [Fact]
    public async Task Links_in_linksets_are_never_built_from_the_requests_host()
    {
        var lot = await TestLot.CreateAsync(_app);
        var request = new HttpRequestMessage(HttpMethod.Get, lot.Path + "?linkType=all");
        request.Headers.Host = "evil.example";
        var body = await (await _app.CreateDefaultClient().SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("http://localhost/", body);
        Assert.DoesNotContain("evil.example", body);
    }
}

/// <summary>The bank webhook, with its secret configured, answers a timestamp at either end of the range with 400.</summary>
public sealed class WebhookTimestampTests(SqliteOrderingFixture fixture) : IClassFixture<SqliteOrderingFixture>
{
    /// <summary>now − timestamp = long.MinValue, whose absolute value does not exist: the review's 500, for a second either side.</summary>
    [Fact]
    public async Task A_timestamp_whose_distance_from_now_overflows_is_refused_with_400()
    {
        var now = fixture.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
        for (var second = now - 1; second <= now + 2; second++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/bank-transfer") { Content = new StringContent("{}") };
            request.Headers.Add("X-Timestamp", unchecked(second + long.MinValue).ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Signature", "sha256=00");
            Assert.Equal(HttpStatusCode.BadRequest, (await fixture.App.CreateDefaultClient().SendAsync(request)).StatusCode);
        }
    }

    [Theory]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    public async Task A_bank_notification_with_an_extreme_timestamp_is_refused_with_400(string timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/bank-transfer") { Content = new StringContent("{}") };
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Signature", "sha256=00");
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.App.CreateDefaultClient().SendAsync(request)).StatusCode);
    }
}

/// <summary>Cart and checkout posts past their per-client limits get 429, and nothing changes.</summary>
public sealed class CartAndCheckoutLimitTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private MarketAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _app = new MarketAppFactory(_database, new Dictionary<string, string?>
        {
            ["Hosting:CartPostsPerMinute"] = "3", ["Hosting:CheckoutPostsPerMinute"] = "1",
        });
        await _app.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Past_the_cart_and_checkout_limits_posts_get_429_and_stock_stays()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 20);
        var shopper = From("203.0.113.1");
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Redirect, (await shopper.AddAsync(product, 1)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await shopper.AddAsync(product, 1)).StatusCode);

        var buyer = From("203.0.113.2");
        await buyer.AddAsync(product, 1);
        Shopping.CodeOf(await buyer.CheckoutAsync(Visitor.NewEmail()));
        await buyer.AddAsync(product, 1);
        var stock = await Shopping.StockAsync(_app, product);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await buyer.CheckoutAsync(Visitor.NewEmail())).StatusCode);
        Assert.Equal(stock, await Shopping.StockAsync(_app, product));
    }

    private Visitor From(string address)
    {
        var visitor = new Visitor(_app);
        visitor.Client.DefaultRequestHeaders.Add(TestPeer.Header, address);
        return visitor;
    }
}

/// <summary>Authenticator secrets never sit in the database in the clear.</summary>
public sealed class StoredSecretTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task An_authenticator_secret_is_stored_protected()
    {
        var (_, email, key) = await Visitor.AdminAsync(fixture.App);
        var stored = await fixture.App.WithDbAsync(db => db.Set<Microsoft.AspNetCore.Identity.IdentityUserToken<string>>()
            .Where(t => t.Name == "AuthenticatorKey" && db.Users.Any(u => u.Id == t.UserId && u.Email == email)).Select(t => t.Value).SingleAsync());
        Assert.StartsWith("dp1:", stored);
        Assert.DoesNotContain(key.Replace(" ", "").ToUpperInvariant(), stored!.ToUpperInvariant());
    }
}
