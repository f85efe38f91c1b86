using System.Net;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Compliance;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Compliance;

/// <summary>The register of authorities' requests (#24): recorded with a deadline, flagged once overdue, closed by an answer.</summary>
public sealed class AuthorityRequestTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public void A_request_is_overdue_only_after_its_deadline_while_unanswered()
    {
        var request = new AuthorityRequest("Công an tỉnh Tây Ninh", "125/CV-PC03", "Thông tin người bán X", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9),
            null, "admin", new DateOnly(2026, 3, 2));
        Assert.False(request.IsOverdue(new DateOnly(2026, 3, 9)));
        Assert.True(request.IsOverdue(new DateOnly(2026, 3, 10)));
        Assert.Throws<DomainException>(() => request.Answer(new DateOnly(2026, 3, 11), "Đã gửi hồ sơ.", new DateOnly(2026, 3, 10))); // in the future
        request.Answer(new DateOnly(2026, 3, 10), "Đã gửi hồ sơ doanh nghiệp.", new DateOnly(2026, 3, 10));
        Assert.False(request.IsOverdue(new DateOnly(2026, 4, 1)));
        Assert.Throws<DomainException>(() => request.Answer(new DateOnly(2026, 3, 10), "Lần nữa.", new DateOnly(2026, 3, 10)));
        Assert.Throws<DomainException>(() => new AuthorityRequest("Sở Công Thương", "1/CV", "X", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 1),
            null, "admin", new DateOnly(2026, 3, 2))); // due before it came
    }

    [Fact]
    public async Task The_office_records_a_request_sees_it_fall_overdue_and_closes_it_with_its_answer()
    {
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var today = VietnamTime.Today(fixture.Clock);
        var document = $"{Guid.NewGuid():N}"[..8] + "/CV-QLTT";
        var fields = new Dictionary<string, string>
        {
            ["Agency"] = "Chi cục Quản lý thị trường", ["DocumentNumber"] = document, ["Subject"] = "Cung cấp lịch sử tin đăng của một người bán.",
            ["ReceivedOn"] = today.ToString("yyyy-MM-dd"), ["DueOn"] = today.AddDays(-1).ToString("yyyy-MM-dd"), ["ProducerTaxCode"] = "",
        };
        var refused = await admin.SubmitAsync("/admin/requests", "/admin/requests", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Hạn trả lời phải từ ngày nhận trở đi.", (await HtmlPage.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.AuthorityRequests.AnyAsync(r => r.DocumentNumber == document)));

        fields["DueOn"] = today.AddDays(3).ToString("yyyy-MM-dd");
        await admin.SubmitAsync("/admin/requests", "/admin/requests", fields);
        string Row(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("tr.authority-request").Single(r => r.TextContent.Contains(document)).TextContent;
        Assert.DoesNotContain("Quá hạn", Row(await admin.PageAsync("/admin/requests")));

        fixture.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Contains("Quá hạn", Row(await admin.PageAsync("/admin/requests")));

        var id = await _app.WithDbAsync(db => db.AuthorityRequests.Where(r => r.DocumentNumber == document).Select(r => r.Id).SingleAsync());
        await admin.SubmitAsync("/admin/requests", $"/admin/requests/{id}/answer", new()
        {
            ["answeredOn"] = today.AddDays(4).ToString("yyyy-MM-dd"), ["actionTaken"] = "Đã gửi tệp lịch sử tin đăng qua văn thư.",
        });
        var answered = Row(await admin.PageAsync("/admin/requests"));
        Assert.DoesNotContain("Quá hạn", answered);
        Assert.Contains("Đã gửi tệp lịch sử tin đăng qua văn thư.", answered);
    }
}
