using System.Net;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Accounts;

/// <summary>Hammered forms get 429 with a readable page; sign-ins outlive the app instance that issued them.</summary>
public sealed class RateLimitAndKeyRingTests
{
    [Fact]
    public async Task The_fourth_sign_in_attempt_in_a_minute_gets_a_readable_429_at_a_limit_of_three()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var app = new MarketAppFactory(database, new Dictionary<string, string?> { ["Hosting:AccountFormsPerMinute"] = "3" });
        await app.MigrateAsync();
        var visitor = new Visitor(app);

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await visitor.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);
        var limited = await visitor.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Bạn thao tác quá nhanh", (await HtmlPage.ParseAsync(limited)).Text());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/account/login")).StatusCode); // reading is never limited
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task A_sign_in_from_one_app_instance_is_honoured_by_another_on_the_same_database(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        // Two instances share what they sign with: the trace signing key in the database, as a second server would.
        var shared = new Dictionary<string, string?> { ["Traceability:KeyStore"] = "Database" };
        await using var first = new MarketAppFactory(database, shared);
        await first.MigrateAsync();
        await using var second = new MarketAppFactory(database, shared);
        var visitor = new Visitor(first);
        await visitor.SignUpAndInAsync();
        var cookies = await visitor.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, cookies.StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", visitor.CookieHeader("/account"));
        var elsewhere = await second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("Nguyễn Thị Lúa", (await HtmlPage.ParseAsync(elsewhere)).Text());
    }
}
