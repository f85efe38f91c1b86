using System.Globalization;
using System.Text;

namespace LongAnMarket.Core.Search.Relevance;

/// <summary>The judged set's scores by family and overall, and whether they meet the targets of issue #21.</summary>
public sealed class RelevanceReport(IReadOnlyList<RelevanceScore> scores)
{
    public const double OverallNdcgTarget = 0.90;
    public const double FamilyNdcgTarget = 0.80;
    public const double NamedFirstTarget = 0.95;
    public const double TopFewTarget = 0.90;

    public IReadOnlyList<RelevanceScore> Scores => scores;

    public double Ndcg => scores.Average(s => s.Ndcg);

    public double NamedFirstRate => Rate(scores.Where(s => s.Query.Named is not null).ToList(), s => s.NamedFirst);

    public IEnumerable<(string Family, double Ndcg)> Families =>
        scores.GroupBy(s => s.Query.Family).Select(g => (g.Key, g.Average(s => s.Ndcg)));

    /// <summary>What misses a target, one line each; empty when every target is met.</summary>
    public IReadOnlyList<string> Misses()
    {
        var misses = new List<string>();
        if (Ndcg < OverallNdcgTarget) misses.Add($"nDCG@10 overall {Ndcg:F3} < {OverallNdcgTarget:F2}");
        misses.AddRange(Families.Where(f => f.Ndcg < FamilyNdcgTarget).Select(f => $"nDCG@10 of family “{f.Family}” {f.Ndcg:F3} < {FamilyNdcgTarget:F2}"));
        if (NamedFirstRate < NamedFirstTarget) misses.Add($"named product first in {NamedFirstRate:P1} < {NamedFirstTarget:P0}");
        misses.AddRange(scores.Where(s => s.TopFewRecall < TopFewTarget).Select(s => $"“{s.Query.Text}”: relevant in the top 5 {s.TopFewRecall:F2} < {TopFewTarget:F2}"));
        misses.AddRange(scores.Where(s => s.EmptyWhenRelevantExists).Select(s => $"“{s.Query.Text}”: no results"));
        misses.AddRange(scores.Where(s => s.Wrong.Count > 0).Select(s => $"“{s.Query.Text}”: must-not-appear in the top 10: {string.Join(", ", s.Wrong)}"));
        return misses;
    }

    /// <summary>A Markdown table: each family, then all, with nDCG@10, named-first, top-5 recall, zero results, unjudged and wrong in the top 10.</summary>
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| family | queries | nDCG@10 | named first | top-5 recall ≥ 0.9 | zero results | unjudged in top 10 | must-not in top 10 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var family in scores.GroupBy(s => s.Query.Family))
            text.AppendLine(Row(family.Key, family.ToList()));
        text.AppendLine(Row("**all**", scores));
        return text.ToString();
    }

    /// <summary>Every query below a perfect score, with its first results, for finding what to fix.</summary>
    public string Details() => string.Join('\n', scores.Where(s => s.Ndcg < 0.999 || !s.NamedFirst || s.Wrong.Count > 0).Select(s =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Ndcg:F2} [{s.Query.Family}] “{s.Query.Text}” → {string.Join(", ", s.Results.Take(6).Select(r => s.Query.Grades.TryGetValue(r, out var g) ? $"{r}({g})" : $"{r}(?)"))}")));

    private static string Row(string name, IReadOnlyList<RelevanceScore> rows)
    {
        var named = rows.Where(s => s.Query.Named is not null).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {rows.Count} | {rows.Average(s => s.Ndcg):F3} | {(named.Count == 0 ? "–" : $"{named.Count(s => s.NamedFirst)}/{named.Count}")} | " +
            $"{rows.Count(s => s.TopFewRecall >= TopFewTarget)}/{rows.Count} | {rows.Count(s => s.EmptyWhenRelevantExists)} | " +
            $"{rows.Sum(s => s.Unjudged.Count)} | {rows.Sum(s => s.Wrong.Count)} |");
    }

    private static double Rate(IReadOnlyList<RelevanceScore> rows, Func<RelevanceScore, bool> passes) =>
        rows.Count == 0 ? 1 : rows.Count(passes) / (double)rows.Count;
}
