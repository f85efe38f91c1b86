using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Security;

/// <summary>
/// The app in Production as an operator deploys it (issue #16): a configured public origin and host list, a key ring
/// encrypted with a certificate, a TLS proxy in front. Requests come from the test's own peer addresses.
/// </summary>
public sealed class ProductionSettingsTests : IAsyncLifetime
{
    private const string Origin = "https://shop.example";
    private const string Proxy = "10.0.0.1";
    private readonly string _secrets = Directory.CreateTempSubdirectory("longan-secrets-").FullName;
    private SqliteTestDatabase _database = null!;
    private MarketAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteTestDatabase();
        _app = new MarketAppFactory(_database, ProductionSettings(_secrets, new()
        {
            ["Hosting:AllowPlainHttp"] = "false",
            ["Hosting:ForwardedHeaders:KnownProxies:0"] = Proxy,
            ["Hosting:AccountFormsPerMinute"] = "3",
        }), TestPeer.AddTo, environment: "Production");
        await _app.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
        try { Directory.Delete(_secrets, recursive: true); } catch (IOException) { }
    }

    /// <summary>Everything Production requires, with a throwaway key-encryption certificate made here.</summary>
    public static Dictionary<string, string?> ProductionSettings(string folder, Dictionary<string, string?>? more = null)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=LongAnMarket key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(folder, "key-encryption.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-pfx-password"));
        var settings = new Dictionary<string, string?>
        {
            ["Site:PublicBaseUrl"] = Origin,
            ["AllowedHosts"] = "shop.example",
            ["Security:KeyEncryptionCertificatePath"] = path,
            ["Security:KeyEncryptionCertificatePassword"] = "test-pfx-password",
            ["Site:Operator:IsDemo"] = "false",
            ["Site:Operator:MoitRegistrationUrl"] = "https://online.gov.vn/Home/WebDetails/1",
        };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return settings;
    }

    private HttpClient Client(string scheme = "https")
    {
        var client = _app.CreateDefaultClient(new Uri($"{scheme}://shop.example"));
        return client;
    }

    private static HttpRequestMessage From(HttpMethod method, string path, string peer, string? forwardedFor = null, string? proto = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(TestPeer.Header, peer);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (proto is not null) request.Headers.Add("X-Forwarded-Proto", proto);
        return request;
    }

    [Fact]
    public async Task A_forged_host_gets_400_and_the_reset_mail_holds_only_the_configured_origin()
    {
        var forged = new HttpRequestMessage(HttpMethod.Get, "/account/forgot-password");
        forged.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await Client().SendAsync(forged)).StatusCode);

        var email = Visitor.NewEmail();
        await _app.WithServicesAsync(s => s.GetRequiredService<AccountAdministration>().EnsureAccountAsync(email, Visitor.Passphrase, "Người mua", MarketRoles.Shopper));
        var visitor = new Visitor(_app);
        visitor.Client.BaseAddress = new Uri(Origin);
        await visitor.SubmitAsync("/account/forgot-password", "/account/forgot-password", new() { ["Email"] = email });

        var body = Assert.Single(MailPickup.To(_app, email)).TextBody ?? "";
        var links = System.Text.RegularExpressions.Regex.Matches(body, @"https?://[^\s/]+").Select(m => m.Value).Distinct().ToList();
        Assert.Equal([Origin], links);
    }

    [Fact]
    public async Task Order_mail_and_linksets_carry_only_the_configured_origin()
    {
        var lot = await TestLot.CreateAsync(_app);
        var linkset = await (await Client().GetAsync(lot.Path + "?linkType=all")).Content.ReadAsStringAsync();
        var origins = System.Text.RegularExpressions.Regex.Matches(linkset, @"https?://[^/""]+").Select(m => m.Value).Distinct();
        Assert.All(origins, o => Assert.True(o == Origin || o.Contains("gs1.org") || o.Contains("w3.org") || o.Contains("schema.org"), o));
        Assert.Contains(Origin + lot.Path, linkset);

        var guest = new Visitor(_app);
        guest.Client.BaseAddress = new Uri(Origin);
        var email = Visitor.NewEmail();
        await guest.AddAsync(lot.Product, 1);
        await guest.CheckoutAsync(email);
        var mail = Assert.Single(MailPickup.To(_app, email)).TextBody ?? "";
        Assert.Equal([Origin], System.Text.RegularExpressions.Regex.Matches(mail, @"https?://[^\s/]+").Select(m => m.Value).Distinct().ToList());
    }

    /// <summary>GS1-Conformant Resolver: "SHALL support HTTP Over TLS (HTTPS)" (docs/resolver-conformance.md).</summary>
    [Fact]
    public async Task The_resolver_answers_over_https_and_every_link_it_gives_is_https()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false);
        var plain = await Client("http").SendAsync(From(HttpMethod.Get, lot.Path, "198.51.100.4"));
        Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
        Assert.Equal(Origin + lot.Path, plain.Headers.Location?.OriginalString);

        var page = await Client("http").SendAsync(From(HttpMethod.Get, lot.Path, Proxy, "203.0.113.7", "https"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        var product = await Client("http").SendAsync(From(HttpMethod.Get, $"/01/{lot.Gtin}", Proxy, "203.0.113.7", "https"));
        Assert.Equal($"{Origin}/p/{lot.Product.Slug}", product.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_key_ring_in_the_database_holds_no_plain_key()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/account/login")).StatusCode);
        var keys = await _app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        });
    }

    [Fact]
    public async Task Through_a_known_proxy_sign_in_is_https_with_secure_cookies_and_no_redirect_loop()
    {
        var response = await Client("http").SendAsync(From(HttpMethod.Get, "/account/login", Proxy, "203.0.113.7", "https"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));

        var forged = await Client("http").SendAsync(From(HttpMethod.Get, "/account/login", "10.0.0.9", "203.0.113.7", "https"));
        Assert.Equal(HttpStatusCode.PermanentRedirect, forged.StatusCode);
        Assert.Equal(Origin + "/account/login", forged.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Limits_count_the_real_client_behind_the_proxy_and_ignore_a_forged_forwarded_address()
    {
        // Through the proxy the connection is plain http and X-Forwarded-Proto says https; straight to the app it is https.
        async Task<HttpStatusCode> PostAsync(string peer, string? forwardedFor) =>
            (await Client(peer == Proxy ? "http" : "https").SendAsync(From(HttpMethod.Post, "/account/login", peer, forwardedFor, "https"))).StatusCode;

        for (var i = 0; i < 3; i++) Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync(Proxy, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(Proxy, "203.0.113.1"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, await PostAsync(Proxy, "203.0.113.2"));

        for (var i = 0; i < 3; i++) await PostAsync("198.51.100.9", $"203.0.113.{100 + i}");
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync("198.51.100.9", "203.0.113.200"));
    }

    [Fact]
    public async Task A_new_admins_password_only_session_sees_no_secret_and_admin_sends_it_to_sign_in()
    {
        var email = Visitor.NewEmail();
        await _app.WithServicesAsync(s => s.GetRequiredService<AccountAdministration>().EnsureAccountAsync(email, Visitor.Passphrase, "Admin", MarketRoles.Admin));
        var visitor = new Visitor(_app);
        visitor.Client.BaseAddress = new Uri(Origin);
        await visitor.SignInAsync(email);

        Assert.Null((await visitor.PageAsync("/account/two-factor")).QuerySelector(".shared-key"));
        var admin = await visitor.GetAsync("/admin");
        Assert.Contains("/account/login", admin.Headers.Location?.OriginalString);
    }
}

/// <summary>The app's own commands and start-up, run as processes in Production as an operator would.</summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task Production_refuses_to_start_without_public_origin_host_list_or_key_certificate()
    {
        using var data = new TempFolder();
        var (code, _, error) = await RunAsync(data.Path, new() { ["AllowedHosts"] = "*" }, "Production", "migrate");
        Assert.Equal(1, code);
        Assert.Contains("Site:PublicBaseUrl", error);
        Assert.Contains("AllowedHosts", error);
        Assert.Contains("Security:KeyEncryptionCertificatePath", error);
        Assert.Contains("Site:Operator holds the demo operator", error); // appsettings.json's sample owner is not one
    }

    [Fact]
    public async Task Plain_http_is_refused_for_a_public_address()
    {
        using var data = new TempFolder();
        var settings = ProductionSettingsTests.ProductionSettings(data.Path, new() { ["Hosting:AllowPlainHttp"] = "true", ["Site:PublicBaseUrl"] = "http://shop.example" });
        var (code, _, error) = await RunAsync(data.Path, settings, "Production", "migrate");
        Assert.Equal(1, code);
        Assert.Contains("AllowPlainHttp", error);
    }

    [Fact]
    public async Task Seed_demo_refuses_in_production_and_creates_no_account_while_catalogue_only_loads_the_catalogue()
    {
        using var data = new TempFolder();
        var settings = ProductionSettingsTests.ProductionSettings(data.Path);
        Assert.Equal(0, (await RunAsync(data.Path, settings, "Production", "migrate")).Code);

        var (refused, _, error) = await RunAsync(data.Path, settings, "Production", "seed-demo");
        Assert.NotEqual(0, refused);
        Assert.Contains("seed-demo --catalogue-only", error);
        Assert.Equal((0, 0), await CountAsync(data.Path));

        var (loaded, output, _) = await RunAsync(data.Path, settings, "Production", "seed-demo", "--catalogue-only");
        Assert.True(loaded == 0, output);
        var (accounts, products) = await CountAsync(data.Path);
        Assert.Equal(0, accounts);
        Assert.True(products > 10);
    }

    [Fact]
    public async Task Create_admin_prints_a_fresh_authenticator_secret_once()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?>();
        Assert.Equal(0, (await RunAsync(data.Path, settings, "Development", "migrate")).Code);
        var (code, output, _) = await RunAsync(data.Path, settings, "Development", "create-admin", "--email", "so@example.vn", "--password", Visitor.Passphrase);
        Assert.Equal(0, code);
        Assert.Matches(@"otpauth://totp/[^\s]+secret=[A-Z2-7]{16,}", output);
        Assert.Contains("█", output);
        var (_, again, _) = await RunAsync(data.Path, settings, "Development", "create-admin", "--email", "so@example.vn", "--password", Visitor.Passphrase);
        Assert.DoesNotContain("otpauth://", again);
    }

    [Fact]
    public async Task A_trace_signing_key_file_that_is_missing_or_unreadable_stops_start_up_with_a_message_and_is_never_replaced()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Traceability:KeyStore"] = "File" };
        Assert.Equal(0, (await RunAsync(data.Path, settings, "Development", "migrate")).Code); // makes and registers the key
        var keyFile = Path.Combine(data.Path, "private", "trace-signing-key.pem");
        Assert.True(File.Exists(keyFile));

        File.WriteAllText(keyFile, "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        var (unreadable, _, unreadableError) = await RunAsync(data.Path, settings, "Development", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, unreadable);
        Assert.Contains($"The trace signing key file {keyFile} cannot be read", unreadableError);

        File.Delete(keyFile);
        var (missing, _, missingError) = await RunAsync(data.Path, settings, "Development", "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, missing);
        Assert.Contains("is missing, but records are signed with key", missingError);
        Assert.False(File.Exists(keyFile));
    }

    private static async Task<(int Accounts, int Products)> CountAsync(string dataPath)
    {
        var options = new DbContextOptionsBuilder<SqliteMarketDbContext>();
        DatabaseSetup.UseSqlite(options, DatabaseSetup.SqliteConnectionString(dataPath));
        await using var db = new SqliteMarketDbContext(options.Options);
        var counts = (await db.Users.CountAsync(), await db.Products.CountAsync());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return counts;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string dataPath, Dictionary<string, string?> settings, string env, params string[] args)
    {
        var web = Path.Combine(Repository.Root, "src", "LongAnMarket.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(web, "bin", configuration, "net10.0", "LongAnMarket.Web.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = env;
        info.Environment["Storage__DataPath"] = dataPath;
        info.Environment["Database__Provider"] = "Sqlite";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }


    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("longan-production-").FullName;
        public void Dispose() { try { Directory.Delete(Path, recursive: true); } catch (IOException) { } }
    }
}
