namespace LongAnMarket.Core.Search.Relevance;

/// <summary>How one judged query fared, from the slugs of its results in order.</summary>
public sealed record RelevanceScore(JudgedQuery Query, IReadOnlyList<string> Results)
{
    public const int Depth = 10;
    public const int TopFew = 5;

    /// <summary>Normalised discounted cumulative gain of the first 10 results; the ideal ranking uses every judged product.</summary>
    public double Ndcg
    {
        get
        {
            var ideal = Dcg(Query.Grades.Values.OrderByDescending(g => g));
            return ideal == 0 ? 1 : Dcg(Results.Select(GradeOf)) / ideal;
        }
    }

    /// <summary>Relevant results among the first 5, over how many there could be (at most 5).</summary>
    public double TopFewRecall
    {
        get
        {
            var possible = Math.Min(TopFew, Query.RelevantCount);
            return possible == 0 ? 1 : Results.Take(TopFew).Count(s => GradeOf(s) >= JudgedQuery.RelevantGrade) / (double)possible;
        }
    }

    public bool NamedFirst => Query.Named is null || (Results.Count > 0 && Results[0] == Query.Named);

    /// <summary>Found nothing although a relevant product exists.</summary>
    public bool EmptyWhenRelevantExists => Results.Count == 0 && Query.RelevantCount > 0;

    /// <summary>Results in the first 10 nobody judged: they count 0 and are listed, so the set can grow where it is thin.</summary>
    public IReadOnlyList<string> Unjudged => Results.Take(Depth).Where(s => !Query.Grades.ContainsKey(s)).ToList();

    /// <summary>Results in the first 10 judged as must-not-appear.</summary>
    public IReadOnlyList<string> Wrong => Results.Take(Depth).Where(s => Query.Grades.TryGetValue(s, out var g) && g == 0).ToList();

    private int GradeOf(string slug) => Query.Grades.TryGetValue(slug, out var grade) ? grade : 0;

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Take(Depth).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}
