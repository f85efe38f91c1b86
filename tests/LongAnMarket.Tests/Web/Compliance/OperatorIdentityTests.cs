using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Compliance;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LongAnMarket.Tests.Web.Compliance;

/// <summary>Who runs the marketplace, on every storefront page and its own page, and Production's refusal without it (#22).</summary>
public sealed class OperatorIdentityTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private static OperatorOptions Complete() => new()
    {
        LegalName = "Công ty TNHH Sàn Đặc sản", RegistrationNumber = "1101234567", RegistrationDate = "2021-03-04",
        RegistrationIssuer = "Sở Kế hoạch và Đầu tư tỉnh Long An", Address = "1 Hùng Vương, Tân An", Phone = "0272 123 4567",
        Email = "lienhe@sandacsan.vn", ResponsiblePerson = "Trần Thị B", MoitRegistrationUrl = "https://online.gov.vn/Home/WebDetails/123",
    };

    [Fact]
    public void Complete_real_details_pass_and_each_missing_or_wrong_one_is_named()
    {
        Assert.Empty(Complete().Problems());
        foreach (var field in new[] { "LegalName", "RegistrationNumber", "RegistrationIssuer", "Address", "Phone", "ResponsiblePerson" })
        {
            var details = Complete();
            typeof(OperatorOptions).GetProperty(field)!.SetValue(details, " ");
            Assert.Contains(details.Problems(), p => p.Contains($"Site:Operator:{field}"));
        }
        var wrong = Complete();
        wrong.RegistrationDate = "04/03/2021";
        wrong.Email = "not an address";
        wrong.MoitRegistrationUrl = "https://evil.example/online.gov.vn";
        wrong.IsDemo = true;
        Assert.Equal(4, wrong.Problems().Count);
    }

    [Fact]
    public void Production_refuses_the_demo_operator_and_accepts_a_real_one()
    {
        var production = new ProductionEnvironment();
        var settings = new Dictionary<string, string?>
        {
            ["Site:PublicBaseUrl"] = "https://shop.example", ["AllowedHosts"] = "shop.example", ["Security:KeyEncryptionCertificatePath"] = "/k.pfx",
        };
        foreach (var property in typeof(OperatorOptions).GetProperties().Where(p => p.CanWrite))
            settings[$"Site:Operator:{property.Name}"] = property.GetValue(Complete())?.ToString();
        DeploymentChecks.Enforce(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), production);
        settings["Site:Operator:IsDemo"] = "true";
        settings["Site:Operator:Phone"] = "";
        var refused = Assert.Throws<DeploymentConfigurationException>(() =>
            DeploymentChecks.Enforce(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), production));
        Assert.Contains(refused.Problems, p => p.Contains("Site:Operator:Phone"));
        Assert.Contains(refused.Problems, p => p.Contains("demo operator"));
    }

    [Fact]
    public async Task Every_storefront_page_names_the_operator_and_links_the_ministry_entry_and_the_details_page()
    {
        var app = fixture.App;
        var catalog = await app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await app.WithDbAsync(db => catalog.AddProductAsync(db, "Trà sen"));
        foreach (var path in new[] { "/", "/products", "/search?q=tra", $"/p/{product.Slug}", "/cart", "/orders/track", "/account/login", "/thong-tin-doanh-nghiep" })
        {
            var page = await new Visitor(app).PageAsync(path);
            var footer = page.QuerySelector(".site-footer__operator");
            Assert.True(footer is not null, $"{path}: no operator in the footer");
            var text = footer!.TextContent;
            foreach (var shown in new[] { "Trung tâm Xúc tiến Thương mại tỉnh (đơn vị mẫu)", "0000000000", "01/01/2026", "Sở Tài chính tỉnh Tây Ninh (mẫu)",
                         "Số 1, phường Tân An", "0272 000 0000", "lienhe@example.vn", "Nguyễn Văn Mẫu", "Thông tin mẫu để chạy thử" })
                Assert.Contains(shown, text);
            Assert.Equal("https://online.gov.vn/Home/WebDetails/0", footer.QuerySelector(".moit-badge")!.GetAttribute("href"));
            Assert.Equal("/images/da-thong-bao-bct.svg", footer.QuerySelector(".moit-badge img")!.GetAttribute("src")); // a local copy, nothing from other hosts
            Assert.NotNull(footer.QuerySelector("a[href='/thong-tin-doanh-nghiep']"));
        }
        var details = await new Visitor(app).PageAsync("/thong-tin-doanh-nghiep");
        Assert.Equal("Thông tin doanh nghiệp", details.QuerySelector("h1")!.TextContent);
        Assert.Equal(8, details.QuerySelectorAll(".operator dt").Length);
        Assert.NotNull(details.QuerySelector("a[href='/pages/quy-che-hoat-dong']"));
        var badge = await new Visitor(app).Client.GetAsync("/images/da-thong-bao-bct.svg");
        Assert.Equal("image/svg+xml", badge.Content.Headers.ContentType?.MediaType);
    }

    private sealed class ProductionEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "LongAnMarket.Web";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
