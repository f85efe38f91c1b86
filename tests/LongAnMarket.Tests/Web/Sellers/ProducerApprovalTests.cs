using System.Net;
using System.Text;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Sellers;

/// <summary>A business applies with its documents; the trade office reviews, approves, suspends; each side sees it happen.</summary>
public abstract class ProducerApprovalTests(AppFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    private readonly MarketAppFactory _app = fixture.App;

    private async Task<int> AreaIdAsync() =>
        await _app.WithDbAsync(async db => (await TestCatalog.CreateAsync(db)).Area.Id);

    private static Dictionary<string, string> Application(string name, string taxNumber, int areaId) => TestIdentity.Added(new()
    {
        ["BusinessName"] = name, ["TaxNumber"] = taxNumber, ["OriginAreaId"] = areaId.ToString(),
        ["Address"] = "Ấp Chợ, xã Mỹ Lệ, tỉnh Tây Ninh", ["Phone"] = "0909 123 456",
        ["ContactEmail"] = $"htx-{Guid.NewGuid():N}@example.vn", ["Description"] = "Lúa gạo Nàng Thơm.",
    });

    private async Task<Visitor> AdminAsync() => (await Visitor.AdminAsync(_app)).Admin;

    private Task<Producer?> ProducerByTaxAsync(string taxNumber) =>
        _app.WithDbAsync(db => db.Producers.AsNoTracking().FirstOrDefaultAsync(p => p.TaxCode == taxNumber));

    [Fact]
    public async Task An_application_is_reviewed_approved_and_suspended_and_the_producer_hears_of_each_step()
    {
        var areaId = await AreaIdAsync();
        var seller = new Visitor(_app);
        await seller.SignUpAndInAsync();
        var taxNumber = TestTaxNumbers.Next();
        var fields = Application("Hợp tác xã Lúa Thơm Mỹ Lệ", taxNumber, areaId);

        var applied = await seller.SubmitAsync("/seller/apply", "/seller/apply", fields, [("Documents", "giay-phep.pdf", Pdf)]);
        Assert.Equal("/seller", applied.Headers.Location?.OriginalString);
        var status = await seller.PageAsync("/seller");
        Assert.Contains("Chờ duyệt", status.Text());
        Assert.Contains("giay-phep.pdf", status.Text());
        var producer = (await ProducerByTaxAsync(taxNumber))!;
        Assert.Equal(ProducerStatus.Pending, producer.Status);
        Assert.Equal("+84909123456", producer.Phone);

        var admin = await AdminAsync();
        var queue = await admin.PageAsync("/admin/producers?status=pending");
        Assert.NotNull(queue.QuerySelector($"a[href='/admin/producers/{producer.Id}']"));
        var review = await admin.PageAsync($"/admin/producers/{producer.Id}");
        var documentLink = review.QuerySelector("a[href^='/seller/documents/']")!.GetAttribute("href")!;
        var document = await admin.GetAsync(documentLink);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await document.Content.ReadAsByteArrayAsync());

        await admin.SubmitAsync($"/admin/producers/{producer.Id}", $"/admin/producers/{producer.Id}/approve", await TestIdentity.VerificationAsync(admin, producer.Id));
        Assert.Equal(ProducerStatus.Approved, (await ProducerByTaxAsync(taxNumber))!.Status);
        Assert.Contains("đã được duyệt", MailPickup.To(_app, fields["ContactEmail"]).Last().Subject);

        // Suspending goes through a page that says what it does; a post that skips it changes nothing and is sent to it.
        var review2 = await admin.PageAsync($"/admin/producers/{producer.Id}");
        Assert.Null(review2.QuerySelector($"form[action='/admin/producers/{producer.Id}/suspend']"));
        Assert.NotNull(review2.QuerySelector($"a.button--danger-outline[href='/admin/producers/{producer.Id}/suspend']"));
        var confirmation = await admin.PageAsync($"/admin/producers/{producer.Id}/suspend");
        Assert.Equal("Tạm ngừng bán “Hợp tác xã Lúa Thơm Mỹ Lệ”?", confirmation.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("0 sản phẩm đang đăng bán sẽ ẩn khỏi sàn ngay.", confirmation.Text());
        Assert.Equal("/admin/producers/" + producer.Id, confirmation.QuerySelector(".confirm__actions a")!.GetAttribute("href"));
        var skipped = await admin.SubmitAsync($"/admin/producers/{producer.Id}/suspend", $"/admin/producers/{producer.Id}/suspend",
            new() { ["reason"] = "Giấy chứng nhận ATTP hết hạn", ["confirmed"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, skipped.StatusCode);
        Assert.Equal($"/admin/producers/{producer.Id}/suspend", skipped.Headers.Location!.OriginalString);
        Assert.Equal(ProducerStatus.Approved, (await ProducerByTaxAsync(taxNumber))!.Status);

        await admin.SubmitAsync($"/admin/producers/{producer.Id}/suspend", $"/admin/producers/{producer.Id}/suspend", new() { ["reason"] = "Giấy chứng nhận ATTP hết hạn" });
        Assert.Equal(ProducerStatus.Suspended, (await ProducerByTaxAsync(taxNumber))!.Status);
        Assert.Contains("Giấy chứng nhận ATTP hết hạn", MailPickup.To(_app, fields["ContactEmail"]).Last().TextBody);
        var suspended = await seller.PageAsync("/seller");
        Assert.Contains("Giấy chứng nhận ATTP hết hạn", suspended.Text());
        var audit = await admin.PageAsync("/admin/audit");
        Assert.Contains("Hợp tác xã Lúa Thơm Mỹ Lệ", audit.Text());

        // The applicant deletes the account: the business and its history stay, without the link to the account.
        await seller.SubmitAsync("/account/delete", "/account/delete", new() { ["Password"] = Visitor.Passphrase });
        var kept = (await ProducerByTaxAsync(taxNumber))!;
        Assert.Null(kept.OwnerUserId);
        Assert.Contains("–", (await admin.PageAsync($"/admin/producers/{producer.Id}")).QuerySelector("dl.facts")!.TextContent);
    }

    [Theory]
    [InlineData("0100109107", "giay-phep.pdf", "sai số kiểm tra")]
    [InlineData(null, "giay-phep.pdf.exe", "không phải PDF, JPEG hay PNG")]
    public async Task A_refused_application_says_why_and_stores_nothing(string? taxNumber, string fileName, string message)
    {
        var areaId = await AreaIdAsync();
        var seller = new Visitor(_app);
        await seller.SignUpAndInAsync();
        var tax = taxNumber ?? TestTaxNumbers.Next();
        var bytes = fileName.EndsWith(".exe") ? Encoding.ASCII.GetBytes("MZ not a document") : Pdf;
        var filesBefore = PrivateFiles();

        var response = await seller.SubmitAsync("/seller/apply", "/seller/apply", Application("Cơ sở Thử Sai", tax, areaId), [("Documents", fileName, bytes)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlPage.ParseAsync(response)).Text());
        Assert.Null(await ProducerByTaxAsync(tax));
        Assert.Equal(filesBefore, PrivateFiles());
    }

    private int PrivateFiles()
    {
        var folder = Path.Combine(_app.DataPath, "private");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
    }

    [Fact]
    public async Task A_tax_number_already_on_the_market_is_refused()
    {
        var areaId = await AreaIdAsync();
        var taxNumber = TestTaxNumbers.Next();
        var first = new Visitor(_app);
        await first.SignUpAndInAsync();
        await first.SubmitAsync("/seller/apply", "/seller/apply", Application("Cơ sở Một", taxNumber, areaId), [("Documents", "a.pdf", Pdf)]);
        var second = new Visitor(_app);
        await second.SignUpAndInAsync();

        var response = await second.SubmitAsync("/seller/apply", "/seller/apply", Application("Cơ sở Hai", taxNumber, areaId), [("Documents", "b.pdf", Pdf)]);

        Assert.Contains("đã được đăng ký trên sàn", (await HtmlPage.ParseAsync(response)).Text());
        Assert.Equal("Cơ sở Một", (await ProducerByTaxAsync(taxNumber))!.Name);
    }

    [Fact]
    public async Task Only_admins_reach_the_admin_area_and_only_the_owner_or_an_admin_a_document()
    {
        var areaId = await AreaIdAsync();
        var owner = new Visitor(_app);
        await owner.SignUpAndInAsync();
        var taxNumber = TestTaxNumbers.Next();
        await owner.SubmitAsync("/seller/apply", "/seller/apply", Application("Cơ sở Riêng Tư", taxNumber, areaId), [("Documents", "a.pdf", Pdf)]);
        var documentId = await _app.WithDbAsync(db => db.ProducerDocuments.Where(d => db.Producers.Any(p => p.Id == d.ProducerId && p.TaxCode == taxNumber)).Select(d => d.Id).FirstAsync());
        var stranger = new Visitor(_app);
        await stranger.SignUpAndInAsync();

        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/seller/documents/{documentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/seller/documents/{documentId}")).StatusCode);
        Assert.StartsWith("/account/denied", (await stranger.GetAsync("/admin")).Headers.Location?.PathAndQuery ?? "");
        Assert.StartsWith("/account/login", (await new Visitor(_app).GetAsync("/admin")).Headers.Location?.PathAndQuery ?? "");
        var anonymous = await new Visitor(_app).GetAsync($"/seller/documents/{documentId}");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/seller/documents/{documentId + 1000}")).StatusCode);
    }

    [Fact]
    public async Task Rejecting_without_a_reason_is_refused_and_changes_nothing()
    {
        var areaId = await AreaIdAsync();
        var seller = new Visitor(_app);
        await seller.SignUpAndInAsync();
        var taxNumber = TestTaxNumbers.Next();
        await seller.SubmitAsync("/seller/apply", "/seller/apply", Application("Cơ sở Chờ", taxNumber, areaId), [("Documents", "a.pdf", Pdf)]);
        var producer = (await ProducerByTaxAsync(taxNumber))!;
        var admin = await AdminAsync();

        await admin.SubmitAsync($"/admin/producers/{producer.Id}", $"/admin/producers/{producer.Id}/reject", new() { ["reason"] = "   " });

        Assert.Contains("Lý do không được để trống", (await admin.PageAsync($"/admin/producers/{producer.Id}")).Text());
        Assert.Equal(ProducerStatus.Pending, (await ProducerByTaxAsync(taxNumber))!.Status);
    }
}

public sealed class ProducerApprovalTestsOnSqlite(SqliteAppFixture fixture) : ProducerApprovalTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ProducerApprovalTestsOnMariaDb(MariaDbAppFixture fixture) : ProducerApprovalTests(fixture), IClassFixture<MariaDbAppFixture>;
