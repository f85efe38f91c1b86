using System.Net;
using System.Reflection;
using System.Text;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Security;

/// <summary>
/// Every /seller and /admin endpoint, found by reflection (a new action cannot slip past), tried as each kind of
/// visitor against resources that are not theirs: nobody reaches what their role does not allow, and nothing changes.
/// </summary>
public abstract class AuthorizationMatrixTests(AppFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");
    private readonly MarketAppFactory _app = fixture.App;

    public sealed record Endpoint(string Method, string Template, Type Controller, MethodInfo Action);

    /// <summary>Every action of every controller whose routes start with seller or admin.</summary>
    public static IReadOnlyList<Endpoint> Endpoints() =>
        typeof(AdminController).Assembly.GetTypes()
            .Where(t => typeof(Controller).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .SelectMany(m => m.GetCustomAttributes<HttpMethodAttribute>().Select(a => new Endpoint(a.HttpMethods.First(),
                    Combine(t.GetCustomAttribute<RouteAttribute>()?.Template, a.Template), t, m))))
            .Where(e => e.Template.StartsWith("seller") || e.Template.StartsWith("admin"))
            .ToList();

    private static string Combine(string? prefix, string? template) =>
        string.Join('/', new[] { prefix, template }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// Private files that answer 404 to anyone not entitled, signed in or not: a sign-in page would confirm that a file
    /// has that number. They check the account themselves, and the matrix below holds them to it.
    /// </summary>
    private static readonly string[] NotFoundToStrangers = ["seller/documents/{id:int}"];

    [Fact]
    public void Every_seller_and_admin_action_requires_a_signed_in_account()
    {
        var endpoints = Endpoints();
        Assert.True(endpoints.Count >= 18, $"only {endpoints.Count} endpoints found: is the reflection still right?");
        Assert.All(NotFoundToStrangers, template => Assert.Contains(endpoints, e => e.Template == template));
        foreach (var endpoint in endpoints.Where(e => !NotFoundToStrangers.Contains(e.Template)))
        {
            Assert.True(endpoint.Controller.GetCustomAttribute<AuthorizeAttribute>() is not null || endpoint.Action.GetCustomAttribute<AuthorizeAttribute>() is not null,
                $"{endpoint.Method} /{endpoint.Template} has no [Authorize]");
            Assert.Null(endpoint.Action.GetCustomAttribute<AllowAnonymousAttribute>());
        }
    }

    [Fact]
    public async Task Each_role_reaches_only_what_it_should_and_changes_nothing_of_anyone_else()
    {
        // The victim: an approved producer with a published product and an application document.
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var owner = new Visitor(_app);
        await owner.SignUpAndInAsync();
        var tax = TestTaxNumbers.Next();
        await owner.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Cơ sở Nạn Nhân {catalog.Tag}", ["TaxNumber"] = tax, ["OriginAreaId"] = catalog.Area.Id.ToString(),
            ["Address"] = "Ấp 1", ["Phone"] = "0909123456", ["ContactEmail"] = "nan-nhan@example.vn",
        }), [("Documents", "a.pdf", Pdf)]);
        var producerId = await _app.WithDbAsync(db => db.Producers.Where(p => p.TaxCode == tax).Select(p => p.Id).SingleAsync());
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        await admin.SubmitAsync($"/admin/producers/{producerId}", $"/admin/producers/{producerId}/approve", await TestIdentity.VerificationAsync(admin, producerId));
        await owner.SubmitAsync("/seller/products/new", "/seller/products/new", new()
        {
            ["Name"] = $"Gạo {catalog.Tag}", ["CategoryId"] = catalog.Category.Id.ToString(),
            ["Variants[0].PackSize"] = "1 kg", ["Variants[0].PriceDong"] = "50000", ["Variants[0].Stock"] = "9",
        });
        var productId = await _app.WithDbAsync(db => db.Products.Where(p => p.ProducerId == producerId).Select(p => p.Id).SingleAsync());
        await owner.SubmitAsync("/seller/products", $"/seller/products/{productId}/publish", []);
        var documentId = await _app.WithDbAsync(db => db.ProducerDocuments.Where(d => d.ProducerId == producerId).Select(d => d.Id).SingleAsync());
        var before = await SnapshotAsync(producerId, productId);

        var anonymous = new Visitor(_app);
        var shopper = new Visitor(_app);
        await shopper.SignUpAndInAsync();
        var otherProducer = new Visitor(_app);
        await otherProducer.SignUpAndInAsync();
        await otherProducer.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Cơ sở Khác {catalog.Tag}", ["TaxNumber"] = TestTaxNumbers.Next(), ["OriginAreaId"] = catalog.Area.Id.ToString(),
            ["Address"] = "Ấp 2", ["Phone"] = "0909123457", ["ContactEmail"] = "khac@example.vn",
        }), [("Documents", "b.pdf", Pdf)]);

        foreach (var endpoint in Endpoints())
        {
            var id = endpoint.Controller == typeof(SellerController) ? documentId
                : endpoint.Template.StartsWith("admin/producers") ? producerId : productId;
            var path = "/" + System.Text.RegularExpressions.Regex.Replace(endpoint.Template, @"\{\w+(:int)?\}", id.ToString());
            var what = $"{endpoint.Method} {path}";

            var asAnonymous = await SendAsync(anonymous, endpoint.Method, path);
            if (NotFoundToStrangers.Contains(endpoint.Template))
                Assert.True(asAnonymous.StatusCode == HttpStatusCode.NotFound, $"anonymous {what}: {(int)asAnonymous.StatusCode} {asAnonymous.Headers.Location}");
            else
                Assert.True(asAnonymous.StatusCode == HttpStatusCode.Redirect && asAnonymous.Headers.Location!.OriginalString.Contains("/account/login"),
                    $"anonymous {what}: {(int)asAnonymous.StatusCode} {asAnonymous.Headers.Location}");

            if (endpoint.Template.StartsWith("admin"))
            {
                foreach (var (who, visitor) in new[] { ("shopper", shopper), ("producer", owner), ("other producer", otherProducer) })
                {
                    var response = await SendAsync(visitor, endpoint.Method, path);
                    Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/denied"),
                        $"{who} {what}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
            else
            {
                var response = await SendAsync(otherProducer, endpoint.Method, path);
                var body = await response.Content.ReadAsStringAsync();
                Assert.False(response.StatusCode == HttpStatusCode.OK && body.Contains($"Gạo {catalog.Tag}"), $"other producer sees {what}");
                Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
            }
            Assert.Equal(before, await SnapshotAsync(producerId, productId));
        }
    }

    /// <summary>A GET as is; a POST with the visitor's own valid antiforgery token, so only authorization can stop it.</summary>
    private static async Task<HttpResponseMessage> SendAsync(Visitor visitor, string method, string path)
    {
        if (method == "GET") return await visitor.GetAsync(path);
        var page = await visitor.PageAsync("/account/forgot-password");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await visitor.Client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["reason"] = "thử quyền", ["Name"] = "Đã bị sửa", ["CategoryId"] = "1",
            ["Variants[0].PackSize"] = "1 kg", ["Variants[0].PriceDong"] = "1", ["Variants[0].Stock"] = "1",
        }));
    }

    private Task<string> SnapshotAsync(int producerId, int productId) => _app.WithDbAsync(async db =>
    {
        var producer = await db.Producers.AsNoTracking().Where(p => p.Id == producerId).Select(p => new { p.Status, p.Name }).SingleAsync();
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Name, p.IsPublished, p.IsDeleted, p.MinPriceDong, Variants = p.Variants.Count }).SingleAsync();
        return $"{producer} {product}";
    });
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteAppFixture fixture) : AuthorizationMatrixTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AuthorizationMatrixTestsOnMariaDb(MariaDbAppFixture fixture) : AuthorizationMatrixTests(fixture), IClassFixture<MariaDbAppFixture>;
