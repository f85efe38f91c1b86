using System.Net;
using System.Text;
using LongAnMarket.Core.Compliance;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Compliance;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Producers;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Compliance;

/// <summary>
/// What the law asks of sellers (#22): operating rules as versions each producer accepts before changing its
/// listings; a legal identity whose citizen ID is kept protected and shown masked; a yearly re-confirmation.
/// </summary>
public abstract class SellerObligationsTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    /// <summary>A body holding every section the checklist requires, and a line that tells the versions apart.</summary>
    private static string RulesBody(string line) =>
        string.Join("\n\n", RulesChecklist.Required.SelectMany(item => new[] { "## " + item.Label, $"{line} ({item.Clause})." }));

    /// <summary>Version 1 in force from today, unless an earlier test of this class published it.</summary>
    private async Task EnsureFirstVersionAsync() =>
        await _app.WithServicesAsync(async s =>
        {
            if (await s.GetRequiredService<MarketDbContext>().RulesVersions.AnyAsync()) return;
            var rules = s.GetRequiredService<OperatingRules>();
            await rules.PublishAsync(new RulesDraft("Quy chế hoạt động", RulesBody("Nội dung phiên bản đầu"), "Phiên bản đầu tiên.", rules.Today), "admin@example.vn", default);
        });

    private async Task<int> InForceAsync() => await _app.WithServicesAsync(async s => (await s.GetRequiredService<OperatingRules>().InForceAsync(default))!.Number);

    /// <summary>A signed-in seller that applied (accepting the rules in force) and, if asked, was approved.</summary>
    private async Task<(Visitor Seller, int ProducerId, string Email, TestCatalog Catalog)> SellerAsync(bool approve, string citizenId = TestIdentity.CitizenId)
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var seller = new Visitor(_app);
        await seller.SignUpAndInAsync();
        var tax = TestTaxNumbers.Next();
        var email = Visitor.NewEmail();
        var fields = TestIdentity.Added(new()
        {
            ["BusinessName"] = $"Hợp tác xã Thử {catalog.Tag}", ["TaxNumber"] = tax, ["OriginAreaId"] = catalog.Area.Id.ToString(),
            ["Address"] = "Ấp 1, xã Mỹ Lệ", ["Phone"] = "0909123456", ["ContactEmail"] = email,
        }, citizenId);
        var inForce = await _app.WithServicesAsync(async s => (await s.GetRequiredService<OperatingRules>().InForceAsync(default))?.Number);
        if (inForce is { } number) fields["AcceptRules"] = number.ToString();
        var applied = await seller.SubmitAsync("/seller/apply", "/seller/apply", fields, [("Documents", "dang-ky.pdf", TestImages.Pdf)]);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var producerId = await _app.WithDbAsync(db => db.Producers.Where(p => p.TaxCode == tax).Select(p => p.Id).SingleAsync());
        if (approve) await _app.WithServicesAsync(s => s.GetRequiredService<ProducerStatusService>().ApproveAsync(producerId, "admin@example.vn"));
        return (seller, producerId, email, catalog);
    }

    [Fact]
    public async Task A_new_rules_version_stops_the_next_product_edit_until_the_producer_accepts_it_and_earlier_versions_never_change()
    {
        await EnsureFirstVersionAsync();
        var (seller, producerId, email, catalog) = await SellerAsync(approve: false);
        var first = await InForceAsync();
        Assert.True(await _app.WithDbAsync(db => db.RulesAcceptances.AnyAsync(a => a.ProducerId == producerId && a.VersionNumber == first)));
        var product = await _app.WithServicesAsync(s => s.GetRequiredService<SellerProductService>().CreateAsync(producerId,
            new ProductDraft($"Gạo {catalog.Tag}", catalog.Category.Id, "Gạo thơm.", [new VariantDraft(null, "5 kg", 150_000, 10, null)], [], [])));
        _variantId = product.Variants[0].Id;
        var v1 = (await new Visitor(_app).PageAsync($"/pages/quy-che-hoat-dong/v{first}")).QuerySelector("article.rules-version")!.OuterHtml;

        // The trade office publishes the next version: refused without a required section or with too short a notice.
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var editor = await admin.PageAsync("/admin/rules/new");
        Assert.Empty(editor.QuerySelectorAll(".rules-checklist__item.is-missing"));
        var today = await _app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<OperatingRules>().Today));
        var draft = new Dictionary<string, string>
        {
            ["Title"] = "Quy chế hoạt động", ["Body"] = RulesBody("Nội dung phiên bản sau"), ["Changes"] = "Thêm quy định đổi trả hàng tươi.",
            ["EffectiveFrom"] = today.AddDays(5).ToString("yyyy-MM-dd"), ["Action"] = "publish",
        };
        var count = await _app.WithDbAsync(db => db.RulesVersions.CountAsync());
        var missing = await admin.SubmitAsync("/admin/rules/new", "/admin/rules/new", new(draft) { ["Body"] = "## 1. Các bên\n\nChỉ một mục." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Quy chế còn thiếu mục bắt buộc", (await HtmlPage.ParseAsync(missing)).Text());
        var tooSoon = await admin.SubmitAsync("/admin/rules/new", "/admin/rules/new", new(draft) { ["EffectiveFrom"] = today.AddDays(1).ToString("yyyy-MM-dd") });
        Assert.Contains("Ngày hiệu lực sớm nhất", (await HtmlPage.ParseAsync(tooSoon)).Text());
        Assert.Equal(count, await _app.WithDbAsync(db => db.RulesVersions.CountAsync()));
        var published = await admin.SubmitAsync("/admin/rules/new", "/admin/rules/new", draft);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var second = await _app.WithDbAsync(db => db.RulesVersions.MaxAsync(v => v.Number));
        Assert.Contains(MailPickup.To(_app, email), m => m.Subject?.Contains($"phiên bản {second}") == true);

        // Announced, not yet in force: the producer still edits. Five days later it is refused, with the way to accept.
        var allowed = await seller.SubmitAsync($"/seller/products/{product.Id}", $"/seller/products/{product.Id}", Edit(catalog, "Gạo mới"));
        Assert.True(allowed.StatusCode == HttpStatusCode.Redirect, (await HtmlPage.ParseAsync(allowed)).Text());
        fixture.Clock.Advance(TimeSpan.FromDays(5));
        var refused = await seller.SubmitAsync($"/seller/products/{product.Id}", $"/seller/products/{product.Id}", Edit(catalog, "Gạo bị chặn"));
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Contains($"Quy chế hoạt động phiên bản {second} đã có hiệu lực", page.Text());
        Assert.NotNull(page.QuerySelector($"input[name=AcceptRules][value='{second}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/pages/quy-che-hoat-dong/v{second}']"));
        Assert.Equal($"Gạo bị chặn {catalog.Tag}", page.QuerySelector("input[name=Name]")!.GetAttribute("value")); // nothing typed is lost
        Assert.StartsWith("Gạo mới", await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Name).SingleAsync()));

        var banner = (await seller.PageAsync("/seller/products")).QuerySelector("section.duty");
        Assert.Contains($"Quy chế hoạt động phiên bản {second} đã có hiệu lực", banner?.TextContent);
        Assert.Equal(second.ToString(), banner!.QuerySelector("form[action='/seller/rules/accept'] input[name=version]")?.GetAttribute("value"));

        var accepted = await seller.SubmitAsync($"/seller/products/{product.Id}", $"/seller/products/{product.Id}",
            new(Edit(catalog, "Gạo bị chặn")) { ["AcceptRules"] = second.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.StartsWith("Gạo bị chặn", await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.Name).SingleAsync()));
        var acceptance = await _app.WithDbAsync(db => db.RulesAcceptances.SingleAsync(a => a.ProducerId == producerId && a.VersionNumber == second));
        Assert.Equal(await SellerEmailAsync(producerId), acceptance.AcceptedBy);

        // Each version keeps its address and its bytes; the plain address shows the one in force.
        Assert.Equal(v1, (await new Visitor(_app).PageAsync($"/pages/quy-che-hoat-dong/v{first}")).QuerySelector("article.rules-version")!.OuterHtml);
        Assert.Contains("Nội dung phiên bản sau", (await new Visitor(_app).PageAsync("/pages/quy-che-hoat-dong")).QuerySelector("article.rules-version")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync("/pages/quy-che-hoat-dong/v999")).StatusCode);
        Assert.NotNull((await new Visitor(_app).PageAsync("/")).QuerySelector("footer a[href='/pages/quy-che-hoat-dong']"));
    }

    private Task<string?> SellerEmailAsync(int producerId) =>
        _app.WithDbAsync(db => db.Producers.Where(p => p.Id == producerId).Join(db.Users, p => p.OwnerUserId, u => u.Id, (p, u) => u.Email).SingleAsync());

    private Dictionary<string, string> Edit(TestCatalog catalog, string name) => new()
    {
        ["Name"] = $"{name} {catalog.Tag}", ["CategoryId"] = catalog.Category.Id.ToString(), ["Description"] = "Gạo thơm.",
        ["Variants[0].Id"] = _variantId.ToString(), ["Variants[0].PriceDong"] = "150000", ["Variants[0].Stock"] = "10",
    };

    private int _variantId;

    [Fact]
    public async Task The_representatives_citizen_id_is_kept_protected_shown_masked_and_checked_against_the_card()
    {
        const string citizenId = "080186975310";
        var (seller, producerId, _, _) = await SellerAsync(approve: false, citizenId);

        foreach (var value in await RowValuesAsync(producerId)) Assert.DoesNotContain(citizenId, value);
        if (fixture.Provider == DatabaseProvider.Sqlite)
            foreach (var file in SqliteFiles()) Assert.DoesNotContain(citizenId, Encoding.Latin1.GetString(ReadShared(file)));

        var own = await seller.PageAsync("/seller/identity");
        Assert.Equal("•••••••••310", own.QuerySelector(".citizen-id")?.TextContent.Trim());
        Assert.DoesNotContain(citizenId, own.Source.Text);
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var review = await admin.PageAsync($"/admin/producers/{producerId}");
        Assert.Equal("•••••••••310", review.QuerySelector(".citizen-id")?.TextContent.Trim());
        Assert.DoesNotContain(citizenId, review.Source.Text);

        // The officer reads the card: a number that is not the declared one records nothing and approves nothing.
        var verification = await TestIdentity.VerificationAsync(admin, producerId, "080186975311");
        await admin.SubmitAsync($"/admin/producers/{producerId}", $"/admin/producers/{producerId}/approve", verification);
        Assert.Contains("không khớp", (await admin.PageAsync($"/admin/producers/{producerId}")).Text());
        var unchanged = await _app.WithDbAsync(db => db.Producers.Include(p => p.Verifications).SingleAsync(p => p.Id == producerId));
        Assert.Equal(ProducerStatus.Pending, unchanged.Status);
        Assert.Empty(unchanged.Verifications);

        await admin.SubmitAsync($"/admin/producers/{producerId}", $"/admin/producers/{producerId}/approve", await TestIdentity.VerificationAsync(admin, producerId, citizenId));
        var approved = await _app.WithDbAsync(db => db.Producers.Include(p => p.Verifications).SingleAsync(p => p.Id == producerId));
        Assert.Equal(ProducerStatus.Approved, approved.Status);
        var record = Assert.Single(approved.Verifications);
        Assert.Equal(TradeOfficeCheck.MethodName, record.Method);
        Assert.Contains("số căn cước khớp", record.Evidence);
        Assert.Contains("dang-ky.pdf", record.Evidence);
        Assert.Equal(LegalForm.Cooperative, approved.LegalForm);
        Assert.Equal("50A8001234", approved.Registration!.Number);
    }

    /// <summary>Every value of the producer's row and its verification records, as the database returns them.</summary>
    private Task<List<string>> RowValuesAsync(int producerId) =>
        _app.WithDbAsync(async db =>
        {
            var values = new List<string>();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            foreach (var sql in new[] { $"SELECT * FROM Producers WHERE Id = {producerId}", $"SELECT * FROM IdentityVerifications WHERE ProducerId = {producerId}" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    for (var i = 0; i < reader.FieldCount; i++)
                        values.Add(reader.IsDBNull(i) ? "" : reader.GetValue(i) is byte[] bytes ? Encoding.Latin1.GetString(bytes) : Convert.ToString(reader.GetValue(i))!);
            }
            Assert.NotEmpty(values);
            return values;
        });

    private IEnumerable<string> SqliteFiles()
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_app.Database.ConnectionString).DataSource;
        return new[] { source, source + "-wal", source + "-journal" }.Where(File.Exists);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_producer_past_its_grace_period_goes_off_sale_on_the_next_run_with_an_email_and_sells_again_once_it_confirms()
    {
        var (seller, producerId, email, catalog) = await SellerAsync(approve: true);
        await EnsureAcceptedAsync(producerId);
        var product = await _app.WithServicesAsync(async s =>
        {
            var products = s.GetRequiredService<SellerProductService>();
            var created = await products.CreateAsync(producerId, new ProductDraft($"Chanh {catalog.Tag}", catalog.Category.Id, "Chanh không hạt.",
                [new VariantDraft(null, "1 kg", 30_000, 10, null)], [], []));
            await products.PublishAsync(producerId, created.Id);
            return created;
        });
        (DateTime confirmed, ProducerOptions options) = await _app.WithServicesAsync(async s => (
            await s.GetRequiredService<MarketDbContext>().Producers.Where(p => p.Id == producerId).Select(p => p.IdentityConfirmedUtc!.Value).SingleAsync(),
            s.GetRequiredService<ProducerIdentityService>().Options));
        var due = new DateTimeOffset(DateTime.SpecifyKind(confirmed, DateTimeKind.Utc)).AddDays(options.ReconfirmEveryDays);
        Task RunAt(DateTimeOffset now) => _app.WithServicesAsync(s => s.GetRequiredService<IdentityReconfirmation>().RunAsync(now, default));
        int Mails() => MailPickup.To(_app, email).Count;
        var before = Mails();

        await RunAt(due.AddDays(-options.ReconfirmNoticeDays - 1));
        Assert.Equal(before, Mails());
        await RunAt(due.AddDays(-options.ReconfirmNoticeDays + 1));
        await RunAt(due.AddDays(-options.ReconfirmNoticeDays + 2)); // the same step twice: one email
        Assert.Equal(before + 1, Mails());
        Assert.Contains("Sắp đến hạn xác nhận", MailPickup.To(_app, email).Last().Subject);
        await RunAt(due.AddHours(1));
        Assert.Equal(before + 2, Mails());
        Assert.Contains("quá hạn", MailPickup.To(_app, email).Last().Subject);
        await RunAt(due.AddDays(options.ReconfirmGraceDays).AddHours(-1));
        Assert.True(await ListedAsync(product.Id)); // the grace period's last day: still on sale

        await RunAt(due.AddDays(options.ReconfirmGraceDays).AddHours(1)); // the next day's run
        Assert.False(await ListedAsync(product.Id));
        var lapsed = await _app.WithDbAsync(db => db.Producers.SingleAsync(p => p.Id == producerId));
        Assert.Equal(ProducerStatus.Suspended, lapsed.Status);
        Assert.True(lapsed.IdentityLapsed);
        Assert.Equal(before + 3, Mails());
        Assert.Contains("Quá hạn xác nhận lại thông tin định danh", MailPickup.To(_app, email).Last().TextBody);
        Assert.Contains("quá hạn", (await seller.PageAsync("/seller/identity")).Text());
        Assert.Contains("tạm ngừng bán vì chưa xác nhận", (await seller.PageAsync("/seller")).QuerySelector("section.duty")?.TextContent);

        // A wrong citizen ID is refused beside its field and changes nothing; the right one puts the products back on sale.
        var wrong = await seller.SubmitAsync("/seller/identity", "/seller/identity", TestIdentity.Fields("12345"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.False(await ListedAsync(product.Id));
        var ok = await seller.SubmitAsync("/seller/identity", "/seller/identity", TestIdentity.Fields());
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.True(await ListedAsync(product.Id));
        var back = await _app.WithDbAsync(db => db.Producers.SingleAsync(p => p.Id == producerId));
        Assert.Equal(ProducerStatus.Approved, back.Status);
        Assert.False(back.IdentityLapsed);
        Assert.Null((await seller.PageAsync("/seller")).QuerySelector("section.duty")); // nothing waits for it any more
    }

    private Task EnsureAcceptedAsync(int producerId) =>
        _app.WithServicesAsync(async s =>
        {
            var rules = s.GetRequiredService<OperatingRules>();
            if (await rules.AwaitingAcceptanceAsync(producerId, default) is { } waiting) await rules.AcceptAsync(producerId, waiting.Number, "test", default);
        });

    private Task<bool> ListedAsync(int productId) => _app.WithDbAsync(db => db.Products.Where(p => p.Id == productId).Select(p => p.IsListed).SingleAsync());
}

public sealed class SellerObligationsTestsOnSqlite(SqliteAppFixture fixture) : SellerObligationsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SellerObligationsTestsOnMariaDb(MariaDbAppFixture fixture) : SellerObligationsTests(fixture), IClassFixture<MariaDbAppFixture>;
