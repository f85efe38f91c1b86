using System.Globalization;

namespace LongAnMarket.Core.Search.Relevance;

/// <summary>
/// Reads the judged set: one query per line, "family | query | slug=grade slug=grade …", a star before the slug of the
/// product the query names; blank lines and lines starting with # are skipped.
/// </summary>
public static class JudgedSet
{
    public static IReadOnlyList<JudgedQuery> Parse(string text)
    {
        var queries = new List<JudgedQuery>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split(" | ");
            if (parts.Length != 3) throw new FormatException($"line {lineNumber}: expected “family | query | judgments”");
            var grades = new Dictionary<string, int>(StringComparer.Ordinal);
            string? named = null;
            foreach (var judgment in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (slug, grade) = judgment.Split('=') is [var s, var g] && int.TryParse(g, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    && n is >= 0 and <= JudgedQuery.MaxGrade
                    ? (s, n) : throw new FormatException($"line {lineNumber}: “{judgment}” is not slug=grade with a grade from 0 to 3");
                if (slug.StartsWith('*'))
                {
                    slug = slug[1..];
                    if (named is not null) throw new FormatException($"line {lineNumber}: a query names at most one product");
                    named = slug;
                }
                if (!grades.TryAdd(slug, grade)) throw new FormatException($"line {lineNumber}: {slug} is judged twice");
            }
            queries.Add(new JudgedQuery(parts[0].Trim(), parts[1].Trim(), grades, named));
        }
        return queries;
    }
}
