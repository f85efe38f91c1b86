namespace LongAnMarket.Core.Search;

/// <summary>
/// Words and phrases shoppers use for the same thing ("khóm, thơm, dứa, pineapple", "đậu phộng, lạc, peanut"). The
/// phrases of a group may have any number of words: a phrase found in a query may be matched by any other phrase of
/// its group instead. A phrase is found in a query as written when typed with diacritics ("dứa" is not "dưa") and
/// folded when typed without; the other phrases are searched as written (lower case), so "dứa" finds no watermelon.
/// </summary>
public sealed class SynonymTable
{
    private readonly List<List<IReadOnlyList<SearchToken>>> _groups = [];
    private readonly Dictionary<string, List<(int Group, IReadOnlyList<SearchToken> Phrase)>> _byFirstWord = new(StringComparer.Ordinal);

    public static readonly SynonymTable Empty = new([]);

    public SynonymTable(IEnumerable<string> groups)
    {
        foreach (var group in groups)
        {
            var written = group.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => SearchText.Tokenize(SearchText.NormalizeQuery(p))).Where(p => p.Count > 0).ToList();
            if (written.Count < 2) throw new ArgumentException($"Synonym group “{group}” needs at least two phrases separated by commas.");
            var phrases = written.Select(p => (IReadOnlyList<SearchToken>)p).DistinctBy(Key).ToList();
            _groups.Add(phrases);
            foreach (var phrase in phrases)
            {
                if (!_byFirstWord.TryGetValue(phrase[0].Folded, out var starting)) _byFirstWord[phrase[0].Folded] = starting = [];
                starting.Add((_groups.Count - 1, phrase));
            }
        }
    }

    /// <summary>
    /// The longest phrase of any group that the query's words hold from <paramref name="start"/> on: how many words it
    /// covers and the other phrases of its group (of every group it belongs to), lower case as written. Length 0 when none.
    /// </summary>
    public (int Length, IReadOnlyList<IReadOnlyList<string>> Alternatives) Match(IReadOnlyList<SearchToken> words, int start)
    {
        if (!_byFirstWord.TryGetValue(words[start].Folded, out var starting)) return (0, []);
        var found = starting.Where(s => start + s.Phrase.Count <= words.Count && s.Phrase.Select((w, i) => Same(words[start + i], w)).All(x => x)).ToList();
        if (found.Count == 0) return (0, []);
        var length = found.Max(s => s.Phrase.Count);
        var matched = found.Where(s => s.Phrase.Count == length).ToList();
        var alternatives = matched.Select(s => s.Group).Distinct().SelectMany(g => _groups[g])
            .Where(p => !matched.Any(m => Key(m.Phrase) == Key(p)))
            .Where(p => !(p.Count == length && p.Select((w, i) => w.Folded == words[start + i].Folded).All(x => x))) // differs in diacritics only: folding already matches it
            .Select(p => (IReadOnlyList<string>)p.Select(w => w.Exact).ToList()).DistinctBy(p => string.Join(' ', p)).ToList();
        return (length, alternatives);
    }

    /// <summary>A typed word answers a phrase's word as written when typed with diacritics, folded when typed without.</summary>
    private static bool Same(SearchToken typed, SearchToken phrase) =>
        typed.Exact == typed.Folded ? typed.Folded == phrase.Folded : typed.Exact == phrase.Exact;

    private static string Key(IReadOnlyList<SearchToken> phrase) => string.Join(' ', phrase.Select(t => t.Exact));
}
