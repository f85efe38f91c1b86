using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Search.Elasticsearch;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The query JSON sent to Elasticsearch for one query of each family of the judged set, planned against the contract
/// catalogue's words: the query as searched and the widened one a correction is looked for with. The files under
/// Snapshots/ are the reference; set LONGAN_UPDATE_SNAPSHOTS=1 to write them again after a deliberate change, and
/// review the diff.
/// </summary>
public sealed class QuerySnapshotTests
{
    public static readonly TheoryData<string, string> Families = new()
    {
        { "clean", "gạo nàng thơm" },
        { "no-diacritics", "gao nang thom" },
        { "s-x", "lap suong" },
        { "tr-ch", "tranh khong hat" },
        { "d-gi-r-v", "dượu đế gò đen" },
        { "n-ng", "thanh lon ruot do" },
        { "t-c", "muc khom" },
        { "i-y", "dua hau long try" },
        { "hoi-nga", "lạp xưỡng" },
        { "telex", "gaoj nang thowm" },
        { "vni", "ga5o na2ng tho7m" },
        { "dropped-letter", "gao nag thom" },
        { "run-together", "gaonangthom" },
        { "english", "dragon fruit" },
    };

    private static readonly JsonSerializerOptions Readable = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [MemberData(nameof(Families))]
    public void The_query_sent_for_each_family_is_the_one_reviewed(string family, string query)
    {
        var vocabulary = ElasticsearchAdapterTests.Vocabulary;
        var plan = ElasticsearchAdapterTests.Rewriter.Plan(SearchText.NormalizeQuery(query), vocabulary);
        var sent = new JsonObject
        {
            ["typed"] = query,
            ["query"] = ElasticQueries.Text(plan),
            ["widened"] = ElasticQueries.Text(ElasticsearchAdapterTests.Rewriter.Widened(plan, vocabulary)),
        }.ToJsonString(Readable) + "\n";
        AssertSnapshot(family, sent);
    }

    /// <summary>What was sent equals Snapshots/{name}.json (written instead when LONGAN_UPDATE_SNAPSHOTS=1).</summary>
    internal static void AssertSnapshot(string name, string sent)
    {
        var file = Repository.PathOf("tests", "LongAnMarket.Tests", "Infrastructure", "Search", "Elasticsearch", "Snapshots", name + ".json");
        if (Environment.GetEnvironmentVariable("LONGAN_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, sent);
        }
        Assert.True(File.Exists(file), $"no snapshot {file}: run with LONGAN_UPDATE_SNAPSHOTS=1 once and review it");
        Assert.Equal(File.ReadAllText(file), sent);
    }
}
