using LongAnMarket.Core.Search.Relevance;
using LongAnMarket.Tests.Support;

namespace LongAnMarket.Tests.Core.Search;

public sealed class RelevanceScoreTests
{
    private static readonly JudgedQuery Query = JudgedSet.Parse("family | lap xuong | *a=3 b=2 c=1 d=0")[0];

    [Fact]
    public void The_ideal_order_scores_one_and_the_named_product_first_passes()
    {
        var score = new RelevanceScore(Query, ["a", "b", "c"]);
        Assert.Equal(1, score.Ndcg, 6);
        Assert.True(score.NamedFirst);
        Assert.Equal(1, score.TopFewRecall);
    }

    [Fact]
    public void A_reversed_order_scores_what_the_formula_gives()
    {
        // DCG = 1/log2(2) + 3/log2(3) + 7/log2(4); ideal = 7 + 3/log2(3) + 1/2.
        var expected = (1 + 3 / Math.Log2(3) + 7 / 2.0) / (7 + 3 / Math.Log2(3) + 0.5);
        var score = new RelevanceScore(Query, ["c", "b", "a"]);
        Assert.Equal(expected, score.Ndcg, 6);
        Assert.False(score.NamedFirst);
    }

    [Fact]
    public void Unjudged_results_count_zero_and_are_listed_and_must_not_appear_is_reported()
    {
        var score = new RelevanceScore(Query, ["x", "a", "d"]);
        Assert.Equal(["x"], score.Unjudged);
        Assert.Equal(["d"], score.Wrong);
        Assert.Equal(0.5, score.TopFewRecall); // a (3) in the top 5, b (2) missing: 1 of min(5, 2)
        Assert.True(new RelevanceScore(Query, []).EmptyWhenRelevantExists);
    }

    [Theory]
    [InlineData("only two | parts")]
    [InlineData("f | q | a=4")]
    [InlineData("f | q | a")]
    [InlineData("f | q | *a=3 *b=3")]
    [InlineData("f | q | a=3 a=2")]
    public void A_malformed_line_is_refused_with_its_number(string line)
    {
        var refused = Assert.Throws<FormatException>(() => JudgedSet.Parse("# comment\n" + line));
        Assert.StartsWith("line 2:", refused.Message);
    }

    [Fact]
    public void The_committed_set_parses_and_has_at_least_120_queries_in_every_family_the_issue_names()
    {
        var set = JudgedSet.Parse(File.ReadAllText(Repository.PathOf("tests", "relevance", "judged-queries.txt")));
        Assert.True(set.Count >= 120, $"{set.Count} queries");
        var families = set.Select(q => q.Family).ToHashSet();
        foreach (var family in new[] { "clean", "no diacritics", "s/x", "tr/ch", "d/gi/r/v", "n/ng", "t/c", "i/y", "hỏi/ngã", "telex", "VNI",
                     "dropped or mistyped letter", "run-together", "English" })
            Assert.Contains(family, families);
        Assert.All(set, q => Assert.True(q.Grades.Values.Any(g => g > 0), q.Text));
        Assert.Contains(set, q => q.Grades.Values.Contains(0));
    }

}
