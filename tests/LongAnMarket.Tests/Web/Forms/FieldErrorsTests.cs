using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Forms;

/// <summary>Every form, not only checkout, says all that is wrong at once, each message beside its field, and saves nothing.</summary>
public sealed class FieldErrorsTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task Registration_reports_the_name_the_email_the_weak_password_and_the_mismatch_together()
    {
        var visitor = new Visitor(_app);
        var users = await _app.WithDbAsync(db => db.Users.CountAsync());

        var page = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/account/register", "/account/register", new()
        {
            ["DisplayName"] = "", ["Email"] = "khong-phai-email", ["Password"] = "ngắn", ["ConfirmPassword"] = "khác",
        }));

        AssertBesideFields(page, "DisplayName", "Email", "Password", "ConfirmPassword");
        Assert.Equal("password-hint Password-error", page.QuerySelector("#Password")!.GetAttribute("aria-describedby"));
        Assert.Equal(2, page.QuerySelectorAll("#form-errors a[href='#Password']").Length); // too short, and too few kinds of character
        Assert.Equal("DisplayName", page.QuerySelector("#form-errors a")!.GetAttribute("href")![1..]); // in the form's order
        Assert.Equal("khong-phai-email", page.QuerySelector("#Email")!.GetAttribute("value")); // what was typed stays
        Assert.Equal(users, await _app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Order_tracking_asks_for_each_missing_field_and_keeps_not_found_for_the_form()
    {
        var visitor = new Visitor(_app);
        var empty = await visitor.SubmitAsync("/orders/track", "/orders/track", new() { ["Code"] = " ", ["Email"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        AssertBesideFields(await HtmlPage.ParseAsync(empty), "Code", "Email");

        var unknown = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/orders/track", "/orders/track",
            new() { ["Code"] = "DHZZZZZZZZ", ["Email"] = "ai-do@example.vn" }));
        Assert.Null(unknown.QuerySelector("[aria-invalid]")); // says nothing about which half was wrong
        Assert.Contains("Không tìm thấy đơn hàng", unknown.QuerySelector("#form-errors")!.TextContent);
    }

    [Fact]
    public async Task A_business_application_marks_its_empty_fields_and_a_document_that_is_not_one()
    {
        var visitor = new Visitor(_app);
        await visitor.SignUpAndInAsync();
        var empty = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/seller/apply", "/seller/apply", new()
        {
            ["BusinessName"] = "", ["TaxNumber"] = "", ["OriginAreaId"] = "0", ["Address"] = "", ["Phone"] = "", ["ContactEmail"] = "x",
        }));
        AssertBesideFields(empty, "BusinessName", "TaxNumber", "OriginAreaId", "Address", "Phone", "ContactEmail",
            "LegalForm", "RegistrationNumber", "RegistrationDate", "RegistrationIssuer", "RepresentativeName", "RepresentativeRole", "RepresentativeCitizenId");

        var areaId = (await _app.WithDbAsync(db => TestCatalog.CreateAsync(db))).Area.Id;
        var wrongFile = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/seller/apply", "/seller/apply", TestIdentity.Added(new()
        {
            ["BusinessName"] = "Cơ sở Ba Thưa", ["TaxNumber"] = TestTaxNumbers.Next(), ["OriginAreaId"] = areaId.ToString(),
            ["Address"] = "Ấp 3", ["Phone"] = "0909123456", ["ContactEmail"] = "bathua@example.vn",
        }), [("Documents", "giay-phep.pdf", Encoding.ASCII.GetBytes("not a pdf at all"))]));
        AssertBesideFields(wrongFile, "Documents");
        Assert.Contains("giay-phep.pdf", wrongFile.QuerySelector("#Documents-error")!.TextContent);
        Assert.Equal("Cơ sở Ba Thưa", wrongFile.QuerySelector("#BusinessName")!.GetAttribute("value"));
    }

    /// <summary>Exactly these fields are invalid, each described by its own message, and the summary links to each.</summary>
    private static void AssertBesideFields(IHtmlDocument page, params string[] fields)
    {
        Assert.Equal(fields.Order(), page.QuerySelectorAll("[aria-invalid=true]").Select(f => f.Id!).Order());
        foreach (var field in fields)
        {
            var input = page.QuerySelector($"#{field}")!;
            Assert.Contains($"{field}-error", input.GetAttribute("aria-describedby")!.Split(' '));
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"#{field}-error")!.TextContent));
            Assert.NotNull(page.QuerySelector($"#form-errors a[href='#{field}']"));
        }
    }
}
