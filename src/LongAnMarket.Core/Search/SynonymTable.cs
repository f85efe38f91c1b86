namespace LongAnMarket.Core.Search;

/// <summary>
/// Words shoppers use for the same thing ("khóm, thơm, dứa"). Groups of phrases are matched word by word, so every
/// phrase of a group must have as many words ("lạp xưởng, lạp xường").
/// </summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, List<string>> _byFolded = new(StringComparer.Ordinal);

    public static readonly SynonymTable Empty = new([]);

    public SynonymTable(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            var phrases = group.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => SearchText.Tokenize(SearchText.NormalizeQuery(p)).Select(t => t.Exact).ToList())
                .Where(p => p.Count > 0).ToList();
            if (phrases.Count < 2) throw new ArgumentException($"Synonym group “{group}” needs at least two phrases separated by commas.");
            if (phrases.Any(p => p.Count != phrases[0].Count))
                throw new ArgumentException($"Synonym group “{group}”: every phrase must have the same number of words.");
            for (var position = 0; position < phrases[0].Count; position++)
            {
                var words = phrases.Select(p => p[position]).Distinct().ToList();
                foreach (var word in words)
                {
                    var key = SearchText.Fold(word);
                    if (!_byFolded.TryGetValue(key, out var alternatives)) _byFolded[key] = alternatives = [];
                    alternatives.AddRange(words.Where(w => SearchText.Fold(w) != key && !alternatives.Contains(w)));
                }
            }
        }
    }

    public IReadOnlyList<string> For(string folded) => _byFolded.TryGetValue(folded, out var words) ? words : [];
}
