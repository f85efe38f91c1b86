using LongAnMarket.Core.Search;
using LongAnMarket.Core.Search.Relevance;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Seeding;
using LongAnMarket.Tests.Support;
using LongAnMarket.Web.Search.Relevance;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LongAnMarket.Tests.Web.Search;

/// <summary>
/// The judged query set (tests/relevance/judged-queries.txt) on the demo catalogue, through the embedded Lucene engine
/// and the query rewriter, as `make relevance` scores it: the targets of issue #21.
/// </summary>
public sealed class SearchRelevanceTests(SqliteAppFixture fixture, ITestOutputHelper output) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public async Task The_judged_queries_meet_the_relevance_targets_on_lucene()
    {
        var app = fixture.App;
        using (var scope = app.Services.CreateScope()) await scope.ServiceProvider.GetRequiredService<DemoCatalogSeeder>().SeedAsync();
        await app.SearchCaughtUpAsync();
        var queries = JudgedSet.Parse(await File.ReadAllTextAsync(Repository.PathOf("tests", "relevance", "judged-queries.txt")));

        RelevanceReport report;
        using (var scope = app.Services.CreateScope())
            report = await new RelevanceRun(scope.ServiceProvider.GetRequiredService<ProductSearch>(), scope.ServiceProvider.GetRequiredService<MarketDbContext>())
                .ScoreAsync(queries, CancellationToken.None);
        output.WriteLine(report.Table());
        output.WriteLine(report.Details());

        Assert.True(queries.Count >= 120);
        Assert.True(report.Ndcg >= RelevanceReport.OverallNdcgTarget, $"nDCG@10 {report.Ndcg:F3}");
        Assert.All(report.Families, f => Assert.True(f.Ndcg >= RelevanceReport.FamilyNdcgTarget, $"{f.Family}: {f.Ndcg:F3}"));
        Assert.True(report.NamedFirstRate >= RelevanceReport.NamedFirstTarget, $"named first {report.NamedFirstRate:P1}");
        Assert.DoesNotContain(report.Scores, s => s.EmptyWhenRelevantExists);
        Assert.DoesNotContain(report.Scores, s => s.Wrong.Count > 0);
        Assert.Empty(report.Misses());
    }
}
