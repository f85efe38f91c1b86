using System.Net;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Privacy;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Privacy;

/// <summary>
/// Personal data under Law 91/2025/QH15 (#24): consent per purpose that silence never gives and withdrawal takes back,
/// data subjects' requests and breaches on the clock of their deadlines, and deletion that keeps the books.
/// </summary>
public abstract class PersonalDataDutiesTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task A_data_request_falls_overdue_when_the_clock_passes_its_first_answer_day_and_again_its_deadline()
    {
        var person = new Visitor(_app);
        var email = await person.SignUpAndInAsync();
        var refused = await person.SubmitAsync("/account/privacy", "/account/privacy/requests", new() { ["Kind"] = "", ["Details"] = "Xoá số điện thoại cũ." });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Vui lòng chọn loại yêu cầu.", (await HtmlPage.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.DataRequests.AnyAsync(r => r.Email == email)));

        var filed = await person.SubmitAsync("/account/privacy", "/account/privacy/requests",
            new() { ["Kind"] = nameof(DataRequestKind.Deletion), ["Details"] = "Xin xoá địa chỉ nhận hàng cũ ở Bến Lức." });
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var request = await _app.WithDbAsync(db => db.DataRequests.AsNoTracking().SingleAsync(r => r.Email == email));
        var received = DateOnly.FromDateTime(VietnamTime.FromUtc(request.ReceivedAtUtc).DateTime);
        Assert.Equal(received.AddDays(20), request.DueOn); // deletion: 20 days by default
        Assert.Equal(WorkingDays.After(received, 2), request.FirstAnswerDueOn);
        Assert.Contains(request.DueOn.ToString("dd/MM/yyyy"), (await person.PageAsync("/account/privacy")).QuerySelector(".data-request")!.TextContent);

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        async Task<string> RowAsync() => (await admin.PageAsync("/admin/privacy")).QuerySelectorAll("tr.data-request").Single(r => r.TextContent.Contains(email)).TextContent;
        Assert.DoesNotContain("Quá hạn", await RowAsync());

        fixture.Clock.Advance(TimeSpan.FromDays(5)); // two working days have passed whatever the weekday
        (admin, _, _) = await Visitor.AdminAsync(_app); // an admin's sign-in lasts less than the days that passed
        Assert.Contains("Quá hạn", await RowAsync());
        await admin.SubmitAsync("/admin/privacy", $"/admin/privacy/{request.Id}/acknowledge", new());
        Assert.DoesNotContain("Quá hạn", await RowAsync());

        fixture.Clock.Advance(TimeSpan.FromDays(16)); // day 21
        (admin, _, _) = await Visitor.AdminAsync(_app);
        Assert.Contains("Quá hạn", await RowAsync());
        await admin.SubmitAsync("/admin/privacy", $"/admin/privacy/{request.Id}/answer", new() { ["answer"] = "Đã xoá địa chỉ cũ." });
        var answered = await RowAsync();
        Assert.DoesNotContain("Quá hạn", answered);
        Assert.Contains("Đã xoá địa chỉ cũ.", answered);
        await person.SignInAsync(email); // three weeks on, the person signs in again
        Assert.Contains("Đã xoá địa chỉ cũ.", (await person.PageAsync("/account/privacy")).QuerySelector(".data-request")!.TextContent);
    }

    [Fact]
    public async Task A_breach_falls_overdue_72_hours_after_its_discovery_until_the_authority_is_told()
    {
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var summary = $"Lộ tệp xuất đơn hàng {Guid.NewGuid():N}";
        var now = VietnamTime.Now(fixture.Clock);
        var fields = new Dictionary<string, string>
        {
            ["Summary"] = summary, ["DataAffected"] = "Họ tên, số điện thoại người mua", ["PeopleAffected"] = "37",
            ["DiscoveredAt"] = now.AddDays(1).ToString("yyyy-MM-ddTHH:mm"),
        };
        var refused = await admin.SubmitAsync("/admin/privacy/breaches", "/admin/privacy/breaches", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Thời điểm phát hiện không thể ở tương lai.", (await HtmlPage.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.DataBreaches.AnyAsync(b => b.Summary == summary)));

        fields["DiscoveredAt"] = now.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/privacy/breaches", "/admin/privacy/breaches", fields)).StatusCode);
        async Task<string> RowAsync() => (await admin.PageAsync("/admin/privacy/breaches")).QuerySelectorAll("tr.data-breach").Single(r => r.TextContent.Contains(summary)).TextContent;
        Assert.Contains("còn 71 giờ", await RowAsync());

        fixture.Clock.Advance(TimeSpan.FromHours(71));
        Assert.DoesNotContain("Quá hạn", await RowAsync());
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains("Quá hạn", await RowAsync());

        var id = await _app.WithDbAsync(db => db.DataBreaches.Where(b => b.Summary == summary).Select(b => b.Id).SingleAsync());
        await admin.SubmitAsync("/admin/privacy/breaches", $"/admin/privacy/breaches/{id}/authority", new() { ["reference"] = "TB-01/2026" });
        var told = await RowAsync();
        Assert.DoesNotContain("Quá hạn", told);
        Assert.Contains("TB-01/2026", told);
    }

    [Fact]
    public async Task Marketing_mail_reaches_only_those_who_ticked_it_and_stops_once_they_withdraw()
    {
        var keen = new Visitor(_app);
        var keenEmail = Visitor.NewEmail();
        await keen.SubmitAsync("/account/register", "/account/register", new()
        {
            ["DisplayName"] = "Lê Văn Thích", ["Email"] = keenEmail, ["Password"] = Visitor.Passphrase, ["ConfirmPassword"] = Visitor.Passphrase,
            ["MarketingEmails"] = "true",
        });
        await keen.GetAsync(MailPickup.LastLink(_app, keenEmail, "/account/confirm-email"));
        await keen.SignInAsync(keenEmail);
        var silent = new Visitor(_app);
        var silentEmail = await silent.SignUpAndInAsync(); // never ticked: silence is no consent

        var consents = await _app.WithDbAsync(db => db.Consents.AsNoTracking().Where(c => db.Users.Any(u => u.Id == c.UserId && u.Email == keenEmail)).ToListAsync());
        Assert.Equal([ConsentPurpose.Account, ConsentPurpose.MarketingEmail], consents.Select(c => c.Purpose).Order());
        Assert.All(consents, c => Assert.Equal("2026-01-01", c.NoticeVersion));

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var first = $"Mùa thanh long {Guid.NewGuid():N}";
        await admin.SubmitAsync("/admin/privacy/newsletter", "/admin/privacy/newsletter", new() { ["Subject"] = first, ["Body"] = "Thanh long ruột đỏ đã vào vụ." });
        var received = Assert.Single(MailPickup.To(_app, keenEmail), m => m.Subject == first);
        Assert.Contains("/account/privacy", received.TextBody);
        Assert.DoesNotContain(MailPickup.To(_app, silentEmail), m => m.Subject == first);

        var withdrawn = await keen.SubmitAsync("/account/privacy", "/account/privacy/consents/MarketingEmail", new());
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Đã rút lại sự đồng ý", (await keen.PageAsync("/account/privacy")).QuerySelector("[role=status]")!.TextContent);
        var second = $"Mùa chanh không hạt {Guid.NewGuid():N}";
        await admin.SubmitAsync("/admin/privacy/newsletter", "/admin/privacy/newsletter", new() { ["Subject"] = second, ["Body"] = "Chanh không hạt Bến Lức." });
        Assert.DoesNotContain(MailPickup.To(_app, keenEmail), m => m.Subject == second);
        var history = await _app.WithDbAsync(db => db.Consents.AsNoTracking()
            .Where(c => c.Purpose == ConsentPurpose.MarketingEmail && db.Users.Any(u => u.Id == c.UserId && u.Email == keenEmail)).SingleAsync());
        Assert.NotNull(history.WithdrawnAtUtc); // kept, with when it ended
    }

    [Fact]
    public async Task Deleting_an_account_keeps_its_orders_with_the_buyer_anonymised()
    {
        await _app.WithServicesAsync(s => s.GetRequiredService<CommuneDirectory>().SeedAsync("Tây Ninh", CancellationToken.None));
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo lứt", price: 90_000));
        var buyer = new Visitor(_app);
        var email = await buyer.SignUpAndInAsync();
        await buyer.AddAsync(product, 2);
        var code = Shopping.CodeOf(await buyer.CheckoutAsync(email));
        var placed = await Shopping.OrderAsync(_app, code);
        Assert.NotNull(placed.UserId);
        Assert.True(await _app.WithDbAsync(db => db.Consents.AnyAsync(c => c.UserId == placed.UserId && c.Purpose == ConsentPurpose.DeliveryAddressSharing && c.Source == "checkout")));
        await buyer.SubmitAsync("/account/privacy", "/account/privacy/requests", new() { ["Kind"] = nameof(DataRequestKind.Access), ["Details"] = "Xin bản sao dữ liệu." });

        var deleted = await buyer.SubmitAsync("/account/delete", "/account/delete", new() { ["Password"] = Visitor.Passphrase });
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        var kept = await Shopping.OrderAsync(_app, code);
        Assert.Equal(placed.TotalDong, kept.TotalDong);
        Assert.Equal(placed.SubOrders.SelectMany(s => s.Lines).Sum(l => l.Quantity), kept.SubOrders.SelectMany(s => s.Lines).Sum(l => l.Quantity));
        Assert.Null(kept.UserId);
        Assert.Equal(Buyer.Anonymised, kept.Buyer);
        Assert.False(await _app.WithDbAsync(db => db.Consents.AnyAsync(c => c.UserId == placed.UserId)));
        var request = await _app.WithDbAsync(db => db.DataRequests.AsNoTracking().SingleAsync(r => r.Details == "Xin bản sao dữ liệu." && r.UserId == null && r.Email == "(đã xoá)"));
        Assert.Equal(DataRequestKind.Access, request.Kind);
    }
}

public sealed class PersonalDataDutiesTestsOnSqlite(SqliteAppFixture fixture) : PersonalDataDutiesTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PersonalDataDutiesTestsOnMariaDb(MariaDbAppFixture fixture) : PersonalDataDutiesTests(fixture), IClassFixture<MariaDbAppFixture>;
