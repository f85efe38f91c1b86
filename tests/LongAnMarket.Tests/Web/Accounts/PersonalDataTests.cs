using System.Net;
using System.Text.Json;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Accounts;

/// <summary>Law 91/2025/QH15: a person downloads the personal data held on them and deletes their account.</summary>
public abstract class PersonalDataTests(AppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task A_person_downloads_their_data_as_json()
    {
        var visitor = new Visitor(_app);
        var email = await visitor.SignUpAndInAsync();

        var response = await visitor.GetAsync("/account/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var account = json.RootElement.GetProperty("account");
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("Nguyễn Thị Lúa", account.GetProperty("displayName").GetString());
        Assert.Contains("Shopper", account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("business").ValueKind);
    }

    [Fact]
    public async Task Deleting_an_account_needs_the_password_and_then_leaves_no_way_back_in()
    {
        var visitor = new Visitor(_app);
        var email = await visitor.SignUpAndInAsync();

        var refused = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/account/delete", "/account/delete", new() { ["Password"] = "không phải mật khẩu" }));
        Assert.Contains("chưa bị xoá", refused.Text());
        Assert.NotNull(await FindAsync(email));

        var deleted = await HtmlPage.ParseAsync(await visitor.SubmitAsync("/account/delete", "/account/delete", new() { ["Password"] = Visitor.Passphrase }));
        Assert.Contains("đã được xoá", deleted.Text());
        Assert.Null(await FindAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/account")).StatusCode);
        Assert.Contains("không đúng", (await HtmlPage.ParseAsync(await new Visitor(_app).SignInAsync(email))).Text());
    }

    [Fact]
    public async Task The_last_administrator_cannot_delete_itself()
    {
        var email = Visitor.NewEmail();
        await _app.WithServicesAsync(s => s.GetRequiredService<AccountAdministration>().EnsureAccountAsync(email, Visitor.Passphrase, "Admin", MarketRoles.Admin));
        var admin = new Visitor(_app);
        await admin.SignInAsync(email);

        var refused = await HtmlPage.ParseAsync(await admin.SubmitAsync("/account/delete", "/account/delete", new() { ["Password"] = Visitor.Passphrase }));

        Assert.Contains("quản trị cuối cùng", refused.Text());
        Assert.NotNull(await FindAsync(email));
    }

    private async Task<MarketUser?> FindAsync(string email)
    {
        MarketUser? user = null;
        await _app.WithServicesAsync(async s => user = await s.GetRequiredService<UserManager<MarketUser>>().FindByEmailAsync(email));
        return user;
    }
}

public sealed class PersonalDataTestsOnSqlite(SqliteAppFixture fixture) : PersonalDataTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PersonalDataTestsOnMariaDb(MariaDbAppFixture fixture) : PersonalDataTests(fixture), IClassFixture<MariaDbAppFixture>;
