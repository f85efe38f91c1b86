namespace LongAnMarket.Core.Search;

/// <summary>
/// The words an index holds, folded, with how many products hold each and the spelling with diacritics most products
/// use: what the query rewriter checks typed words against. Words with digits are left out (never corrected).
/// </summary>
public sealed class SearchVocabulary
{
    private const int MaxIndexedLength = 24;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Spelling, int Frequency)> _spelling = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);
    private readonly string[] _sorted;

    public static readonly SearchVocabulary Empty = new([]);

    /// <param name="words">Each word as indexed (as written, lower case, or folded) with its document frequency.</param>
    public SearchVocabulary(IEnumerable<(string Word, int Frequency)> words)
    {
        var written = new Dictionary<string, List<(string Word, int Frequency)>>(StringComparer.Ordinal);
        foreach (var (word, frequency) in words)
        {
            if (word.Length == 0 || word.Any(char.IsDigit)) continue;
            var folded = SearchText.Fold(word);
            if (word == folded) _frequency[folded] = Math.Max(_frequency.GetValueOrDefault(folded), frequency);
            else
            {
                _frequency.TryAdd(folded, 0);
                if (!written.TryGetValue(folded, out var forms)) written[folded] = forms = [];
                forms.Add((word, frequency));
            }
        }
        foreach (var (folded, total) in _frequency)
        {
            // The index holds each word as written and, when that has diacritics, folded as well: what the folded
            // word counts beyond its written forms is the word written bare ("thanh" in "Thanh long" beside "Thạnh Hóa").
            var forms = written.GetValueOrDefault(folded) ?? [];
            var bare = (Word: folded, Frequency: total - forms.Sum(f => f.Frequency));
            var best = forms.Append(bare).MaxBy(f => f.Frequency);
            _spelling[folded] = (best.Word, best.Frequency);
            if (total < forms.Sum(f => f.Frequency)) _frequency[folded] = forms.Sum(f => f.Frequency);
        }
        foreach (var word in _frequency.Keys.Where(w => w.Length is >= 2 and <= MaxIndexedLength))
            foreach (var key in Deletions(word).Append(word).Distinct())
            {
                if (!_byDeletion.TryGetValue(key, out var list)) _byDeletion[key] = list = [];
                list.Add(word);
            }
        _sorted = [.. _frequency.Keys.Order(StringComparer.Ordinal)];
    }

    public int Count => _frequency.Count;

    public bool Contains(string folded) => _frequency.ContainsKey(folded);

    public int Frequency(string folded) => _frequency.GetValueOrDefault(folded);

    /// <summary>The word with diacritics as most products write it ("xuong" → "xưởng"); the folded word if none.</summary>
    public string Spelling(string folded) => _spelling.TryGetValue(folded, out var s) ? s.Spelling : folded;

    /// <summary>Whether some word starts with <paramref name="folded"/> (the word still being typed).</summary>
    public bool HasPrefix(string folded)
    {
        var at = Array.BinarySearch(_sorted, folded, StringComparer.Ordinal);
        if (at >= 0) return true;
        at = ~at;
        return at < _sorted.Length && _sorted[at].StartsWith(folded, StringComparison.Ordinal);
    }

    /// <summary>
    /// Words one edit away (a letter dropped, added, changed, or two neighbours swapped), or two from 8 letters, with
    /// the first letter as typed; nearest first, then the most common.
    /// </summary>
    public IReadOnlyList<string> Near(string folded, int maxEdits, int limit)
    {
        if (folded.Length < 2 || maxEdits < 1) return [];
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (maxEdits == 1 && folded.Length <= MaxIndexedLength)
        {
            foreach (var key in Deletions(folded).Append(folded))
                if (_byDeletion.TryGetValue(key, out var words))
                    found.UnionWith(words.Where(w => w != folded && EditDistance.Within(folded, w, 1)));
        }
        else
        {
            found.UnionWith(_frequency.Keys.Where(w => w != folded && Math.Abs(w.Length - folded.Length) <= maxEdits && EditDistance.Within(folded, w, maxEdits)));
        }
        return found.Where(w => w[0] == folded[0])
            .OrderBy(w => EditDistance.Within(folded, w, 1) ? 1 : 2).ThenByDescending(Frequency).ThenBy(w => w, StringComparer.Ordinal)
            .Take(limit).ToList();
    }

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return word.Remove(i, 1);
    }
}
