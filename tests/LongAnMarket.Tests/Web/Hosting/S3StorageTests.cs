using System.Net;
using System.Text;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Files;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Hosting;

/// <summary>
/// Two instances of the app on one database, each with a data folder of its own, keeping files in the buckets of one
/// s3rver (Storage:Provider = S3). B points pictures at the public bucket's address (Storage:S3:PublicBaseUrl); A does not.
/// </summary>
public sealed class S3InstancesFixture : IAsyncLifetime
{
    private SqliteTestDatabase? _database;
    private MarketAppFactory? _a, _b;

    public S3rver S3 { get; } = new();
    public MarketAppFactory A => _a ?? throw new InvalidOperationException("Fixture not initialised.");
    public MarketAppFactory B => _b ?? throw new InvalidOperationException("Fixture not initialised.");

    public async Task InitializeAsync()
    {
        await S3.InitializeAsync();
        _database = new SqliteTestDatabase();
        _a = new MarketAppFactory(_database, S3.Settings());
        await _a.MigrateAsync();
        _b = new MarketAppFactory(_database, S3.Settings(publicBaseUrl: S3.PublicBucketUrl));
        _ = A.Services;
        _ = B.Services;
    }

    public async Task DisposeAsync()
    {
        if (_b is not null) await _b.DisposeAsync();
        if (_a is not null) await _a.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        await S3.DisposeAsync();
    }
}

/// <summary>Files kept in S3-compatible buckets: what one instance stores, the other serves, and private files reach only those allowed.</summary>
public sealed class S3StorageTests(S3InstancesFixture fixture) : IClassFixture<S3InstancesFixture>
{
    private MarketAppFactory A => fixture.A;
    private MarketAppFactory B => fixture.B;

    private static IEnumerable<string> FilesIn(string dataPath, params string[] folder)
    {
        var path = Path.Combine([dataPath, .. folder]);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [];
    }

    private static string WebpSource(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("img.product__image").Select(i => i.GetAttribute("src")!).Single(src => src.EndsWith(".webp", StringComparison.Ordinal));

    [Fact]
    public async Task A_photo_uploaded_through_one_instance_is_served_by_the_other_and_pictures_come_from_the_public_base_url_when_set()
    {
        var catalog = await A.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await A.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo Nàng Thơm"));
        var seller = await TestSellers.SignedInAsync(A, catalog);
        await seller.SubmitAsync($"/seller/products/{product.Id}", $"/seller/products/{product.Id}/images", [], [("image", "anh.jpg", TestImages.JpegWithGps(800, 600))]);

        var path = WebpSource(await new Visitor(A).PageAsync($"/p/{product.Slug}"));
        Assert.StartsWith("/media/products/", path);
        var served = await new Visitor(B).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FileStorage.PublicCacheControl, served.Headers.CacheControl?.ToString());
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(("RIFF", "WEBP"), (Encoding.ASCII.GetString(bytes, 0, 4), Encoding.ASCII.GetString(bytes, 8, 4)));
        var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.IfNoneMatch.Add(served.Headers.ETag ?? throw new InvalidOperationException("No ETag on /media."));
        Assert.Equal(HttpStatusCode.NotModified, (await new Visitor(B).Client.SendAsync(revalidation)).StatusCode);
        Assert.Empty(FilesIn(A.DataPath, "media"));
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(B).GetAsync($"/media/products/{Guid.NewGuid():N}.webp")).StatusCode);

        // B's pages point the picture at the bucket's public address, which its policy allows images from.
        var pageOnB = await new Visitor(B).GetAsync($"/p/{product.Slug}");
        Assert.Equal(fixture.S3.PublicBucketUrl + path["/media".Length..], WebpSource(await HtmlPage.ParseAsync(pageOnB)));
        using var browser = new HttpClient();
        Assert.Equal(bytes, await browser.GetByteArrayAsync(fixture.S3.PublicBucketUrl + path["/media".Length..]));
        Assert.Contains($"img-src 'self' data: {fixture.S3.ServiceUrl.GetLeftPart(UriPartial.Authority)};",
            pageOnB.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("img-src 'self' data:;", (await new Visitor(A).GetAsync($"/p/{product.Slug}")).Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_lot_document_is_served_by_the_other_instance_as_a_sandboxed_download_and_refused_once_changed_in_the_bucket()
    {
        var lot = await TestLot.CreateAsync(A, withHistory: false);
        await A.WithServicesAsync(services => services.GetRequiredService<LotService>().AppendAsync(lot.Catalog.Producer.Id, lot.LotId,
            TraceStep.Inspecting, new EventDraft(TestLot.DaysAgo(1), lot.LocationId, null, true, [new UploadedFile("ket-qua.pdf", TestImages.Pdf)]),
            "test", TestLot.Origin));
        var path = await A.WithDbAsync(db => db.Set<TraceAttachment>().Where(a => db.TraceEvents.Any(e => e.Id == a.EventId && e.LotId == lot.LotId))
            .Select(a => a.Path).SingleAsync());

        var served = await new Visitor(B).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("sandbox", served.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(TestImages.Pdf, await served.Content.ReadAsByteArrayAsync());

        await fixture.S3.Buckets.Public.SaveAsync(path["/media/".Length..], new MemoryStream([.. TestImages.Pdf, (byte)'\n']));
        Assert.Equal(HttpStatusCode.Conflict, (await new Visitor(B).GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_producer_document_uploaded_through_one_instance_opens_for_an_admin_on_the_other_and_for_no_one_else()
    {
        var area = (await A.WithDbAsync(db => TestCatalog.CreateAsync(db))).Area;
        var applicant = new Visitor(A);
        await applicant.SignUpAndInAsync();
        var taxNumber = TestTaxNumbers.Next();
        var pdf = Encoding.UTF8.GetBytes($"%PDF-1.4\n% giấy phép {taxNumber}\n%%EOF\n");
        await applicant.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Cơ sở {taxNumber}", ["TaxNumber"] = taxNumber, ["OriginAreaId"] = area.Id.ToString(),
            ["Address"] = "Ấp 1", ["Phone"] = "0909123456", ["ContactEmail"] = "coso@example.vn",
        }), [("Documents", "giay-phep.pdf", pdf)]);
        var document = await A.WithDbAsync(db => db.ProducerDocuments.Where(d => db.Producers.Any(p => p.Id == d.ProducerId && p.TaxCode == taxNumber))
            .Select(d => new { d.Id, d.StorageKey }).SingleAsync());
        var url = $"/seller/documents/{document.Id}";

        var admin = (await Visitor.AdminAsync(B)).Admin;
        var opened = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(pdf, await opened.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("sandbox", opened.Headers.GetValues("Content-Security-Policy").Single());

        var otherProducer = await TestSellers.SignedInAsync(B, await B.WithDbAsync(db => TestCatalog.CreateAsync(db)));
        Assert.Equal(HttpStatusCode.NotFound, (await otherProducer.GetAsync(url)).StatusCode);
        foreach (var app in new[] { A, B })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(app).GetAsync(url)).StatusCode);
        }

        // Never public: in the private bucket only, not at /media on either instance nor at the public bucket's address.
        Assert.True(await fixture.S3.Buckets.Private.ExistsAsync(document.StorageKey));
        Assert.False(await fixture.S3.Buckets.Public.ExistsAsync(document.StorageKey));
        foreach (var app in new[] { A, B })
            Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(app).GetAsync("/media/" + document.StorageKey)).StatusCode);
        using var browser = new HttpClient();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"{fixture.S3.PublicBucketUrl}/{document.StorageKey}")).StatusCode);
        Assert.Empty(FilesIn(A.DataPath, "private", "producers"));
    }

    [Fact]
    public void Start_up_with_S3_names_every_setting_that_is_missing()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "S3", ["Storage:S3:PublicBucket"] = "longan", ["Storage:S3:PrivateBucket"] = "longan",
            ["Storage:S3:PublicBaseUrl"] = "media.example.vn",
        };
        var development = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = "Development" };

        var refused = Assert.Throws<DeploymentConfigurationException>(() =>
            DeploymentChecks.Enforce(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), development));

        Assert.Equal(
        [
            "Storage:Provider is S3: Storage:S3:ServiceUrl (an S3-compatible service, e.g. https://s3.example.vn) or Storage:S3:Region (Amazon S3, e.g. ap-southeast-1) is required.",
            "Storage:Provider is S3: Storage:S3:PublicBucket and Storage:S3:PrivateBucket must be two buckets: private documents never share one with public media.",
            "Storage:Provider is S3: Storage:S3:AccessKey and Storage:S3:SecretKey are required; set them in the environment (Storage__S3__AccessKey, Storage__S3__SecretKey).",
            "Storage:Provider is S3: Storage:S3:PublicBaseUrl “media.example.vn” is not an absolute http(s) URL.",
        ], refused.Problems);
        settings["Storage:Provider"] = "Local";
        DeploymentChecks.Enforce(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), development);
    }

    [Fact]
    public async Task Copy_files_to_s3_copies_what_the_file_stores_hold_and_a_second_run_copies_nothing()
    {
        var data = Directory.CreateTempSubdirectory("longan-copy-").FullName;
        try
        {
            var tag = Guid.NewGuid().ToString("N");
            var copied = new Dictionary<string, byte[]>
            {
                [$"media/products/{tag}/anh.webp"] = Encoding.ASCII.GetBytes($"RIFF....WEBP {tag}"),
                [$"media/trace/{tag}/ket-qua.pdf"] = TestImages.Pdf,
                [$"private/producers/{tag}/1.pdf"] = Encoding.ASCII.GetBytes($"%PDF-1.4 {tag}"),
                [$"private/complaints/{tag}.webp"] = Encoding.ASCII.GetBytes($"RIFF....WEBP complaint {tag}"),
            };
            var left = new Dictionary<string, byte[]>
            {
                ["private/trace-signing-key.pem"] = Encoding.ASCII.GetBytes("-----BEGIN PRIVATE KEY-----"),
                ["private/scan-salt"] = [1, 2, 3],
                [$"media/products/{tag}/ban-dang-ghi.webp.tmp-{tag}"] = [4],
            };
            foreach (var (file, bytes) in copied.Concat(left).Append(new("witness/trace-log-head.json", "{}"u8.ToArray())))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(data, file))!);
                await File.WriteAllBytesAsync(Path.Combine(data, file), bytes);
            }

            var (refusedCode, refusedOutput) = await RunAsync(data, new() { ["Storage:Provider"] = "S3" }, "copy-files-to-s3");
            Assert.Equal(1, refusedCode);
            Assert.Contains("Storage:Provider is S3: Storage:S3:PublicBucket is required", refusedOutput);

            var (code, output) = await RunAsync(data, fixture.S3.Settings(), "copy-files-to-s3");
            Assert.True(code == 0, output);
            Assert.Contains($"media/ → bucket {S3rver.PublicBucket}: 2 copied, 0 already there.", output);
            Assert.Contains($"private/ → bucket {S3rver.PrivateBucket}: 2 copied, 0 already there.", output);
            foreach (var file in left.Keys) Assert.Contains(file, output);
            foreach (var (file, bytes) in copied)
            {
                var (folder, key) = (file[..file.IndexOf('/')], file[(file.IndexOf('/') + 1)..]);
                await using var stored = await (folder == "media" ? fixture.S3.Buckets.Public : fixture.S3.Buckets.Private).OpenReadAsync(key);
                using var read = new MemoryStream();
                await stored!.CopyToAsync(read);
                Assert.Equal(bytes, read.ToArray());
            }
            Assert.False(await fixture.S3.Buckets.Private.ExistsAsync("trace-signing-key.pem"));
            Assert.False(await fixture.S3.Buckets.Private.ExistsAsync("scan-salt"));

            var (_, again) = await RunAsync(data, fixture.S3.Settings(), "copy-files-to-s3");
            Assert.Contains($"media/ → bucket {S3rver.PublicBucket}: 0 copied, 2 already there.", again);
            Assert.Contains($"private/ → bucket {S3rver.PrivateBucket}: 0 copied, 2 already there.", again);

            // A file changed since, even to the same size, is copied again.
            await File.WriteAllBytesAsync(Path.Combine(data, "media", "trace", tag, "ket-qua.pdf"), [.. TestImages.Pdf[..^1], (byte)'!']);
            var changed = await new BucketCopy(fixture.S3.Buckets).CopyAsync(data, CancellationToken.None);
            Assert.Equal(new[] { (1, 1), (0, 2) }, changed.Select(c => (c.Copied, c.Unchanged)));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The copy command of the Release (or Debug) build as its own process, configured through the environment as an operator would.</summary>
    private static Task<CommandResult> RunAsync(string dataPath, Dictionary<string, string?> settings, params string[] args) =>
        AppProcess.RunCommandAsync(new Dictionary<string, string?>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Logging:LogLevel:Default"] = "Warning",
        }, dataPath, args);
}
