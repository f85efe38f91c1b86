using System.Net;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Web.Hosting;

/// <summary>
/// With Redis configured, a client's posts count into one window whichever instance they reach; when Redis is away,
/// forms keep working and each instance counts on its own, as without Redis, with one warning for the outage.
/// </summary>
public sealed class RedisFormLimitsTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Sign_in_posts_spread_over_two_instances_get_429_after_the_limit_in_total()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration, ["Redis:KeyPrefix"] = RedisServer.NewPrefix(), ["Hosting:AccountFormsPerMinute"] = "5",
        };
        await using var a = new MarketAppFactory(database, settings);
        await a.MigrateAsync();
        await using var b = new MarketAppFactory(database, settings);
        var (onA, onB) = (new Visitor(a), new Visitor(b));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
            answers.Add((await (i % 2 == 0 ? onA : onB).SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await onA.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);
        Assert.DoesNotContain(a.Log.Lines.Concat(b.Log.Lines), l => l.Contains("Redis"));
    }

    [Fact]
    public async Task When_Redis_stops_forms_and_pages_still_answer_and_each_instance_counts_alone_with_one_warning()
    {
        await using var server = await RedisServer.StartAsync();
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = server.Configuration, ["Hosting:AccountFormsPerMinute"] = "3" };
        await using var a = new MarketAppFactory(database, settings);
        await a.MigrateAsync();
        var onA = new Visitor(a);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/")).StatusCode);

        await server.StopAsync();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) answers.Add((await onA.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/products")).StatusCode);
        var warnings = a.Log.Lines.Where(l => l.Contains("Redis")).ToList();
        Assert.Single(warnings);
        Assert.StartsWith("Warning", warnings[0]);
    }

    [Fact]
    public async Task An_instance_whose_Redis_cannot_be_reached_at_start_serves_pages_and_forms()
    {
        await using var database = TestDatabase.Create(DatabaseProvider.Sqlite);
        await using var app = new MarketAppFactory(database, new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = RedisServer.Unreachable(), ["Hosting:AccountFormsPerMinute"] = "2",
        });
        await app.MigrateAsync();
        var visitor = new Visitor(app);

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await visitor.SignInAsync("ai-do@example.vn", "mật khẩu sai rồi")).StatusCode);
        Assert.Single(app.Log.Lines, l => l.Contains("Redis"));
    }
}
