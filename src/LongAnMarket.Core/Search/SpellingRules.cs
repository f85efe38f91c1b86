using System.Text;

namespace LongAnMarket.Core.Search;

/// <summary>
/// How Vietnamese shoppers mistype, as rules on folded words (no diacritics, lower case): Southern spelling
/// confusions, leftovers of the Telex and VNI input methods, syllables run together.
/// </summary>
public static class SpellingRules
{
    /// <summary>Initial consonants written for one another in the South.</summary>
    private static readonly string[][] InitialFamilies = [["s", "x"], ["tr", "ch"], ["d", "gi", "r", "v"]];

    /// <summary>Final consonants written for one another.</summary>
    private static readonly string[][] FinalFamilies = [["n", "ng"], ["t", "c"]];

    private static readonly string[] Initials = ["ngh", "ng", "nh", "ch", "tr", "gi", "gh", "kh", "ph", "th", "qu"];
    private static readonly string[] Finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t"];
    private const string Vowels = "aeiouy";

    /// <summary>
    /// The spellings a word may have been confused with: its initial (s/x, tr/ch, d/gi/r/v) or final (n/ng, t/c)
    /// consonant swapped within its family, i and y swapped, or an initial and a final swapped together.
    /// </summary>
    public static IReadOnlyList<string> Confusions(string folded)
    {
        var (initial, rest) = SplitInitial(folded);
        var (nucleus, final) = SplitFinal(rest);
        if (nucleus.Length == 0) return [];
        var initials = Alternatives(initial, InitialFamilies);
        var finals = Alternatives(final, FinalFamilies);
        var nuclei = IAndY(nucleus, final.Length == 0);
        var variants = new List<string>();
        foreach (var i in initials.Prepend(initial))
            foreach (var n in nuclei.Prepend(nucleus))
                foreach (var f in finals.Prepend(final))
                {
                    var changes = (i != initial ? 1 : 0) + (n != nucleus ? 1 : 0) + (f != final ? 1 : 0);
                    if (changes is 1 or 2) variants.Add(i + n + f);
                }
        return variants.Where(v => v != folded && !(v.StartsWith("gi", StringComparison.Ordinal) && v.Length > 2 && v[2] == 'i')).Distinct().ToList();
    }

    /// <summary>
    /// A word typed with Telex but not converted: doubled letters (dd, aa, ee, oo), w after a vowel (aw, ow, uw, or w
    /// for ư) and one tone key (s, f, r, x, j) after the vowel, taken out. Returns the candidates, most likely first.
    /// </summary>
    public static IReadOnlyList<string> TelexLeftovers(string folded)
    {
        if (folded.Length < 3 || !folded.All(c => c is >= 'a' and <= 'z')) return [];
        var text = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var previous = text.Length > 0 ? text[^1] : '\0';
            if (c == previous && c is 'd' or 'a' or 'e' or 'o' && (c != 'd' || text.Length == 1)) continue; // dd → đ, aa → â …
            if (c == 'w') { if (previous is 'a' or 'o' or 'u') continue; text.Append('u'); continue; } // aw → ă, ow → ơ, uw/w → ư
            text.Append(c);
        }
        var plain = text.ToString();
        var candidates = new List<string>();
        var firstVowel = plain.IndexOfAny(Vowels.ToCharArray());
        if (firstVowel >= 0)
            for (var at = plain.Length - 1; at > firstVowel; at--) // the tone key, usually typed last
                if (plain[at] is 's' or 'f' or 'r' or 'x' or 'j') candidates.Add(plain.Remove(at, 1));
        if (plain != folded) candidates.Add(plain);
        return candidates.Where(c => c.Length >= 2).Distinct().ToList();
    }

    /// <summary>
    /// A word typed with VNI but not converted ("ga5o", "nu7o7c1"): letters with tone and mark digits 1–9 among them.
    /// Null when the word does not look like one (a number and a unit such as "5kg" starts with its digit).
    /// </summary>
    public static string? VniLeftover(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[0]) || !word.Any(char.IsDigit) || word.Any(c => c == '0' || (char.IsDigit(c) && c > '9'))) return null;
        // One tone key (1–5) per syllable, each key after a letter or a mark key: "eec74613" is a code, not a word.
        if (word.Count(c => c is >= '1' and <= '5') > 1 || LongestDigitRun(word) > 2) return null;
        var letters = new string(word.Where(char.IsLetter).ToArray());
        return letters.Length >= 2 ? letters : null;
    }

    private static int LongestDigitRun(string word)
    {
        int longest = 0, run = 0;
        foreach (var c in word) longest = Math.Max(longest, run = char.IsDigit(c) ? run + 1 : 0);
        return longest;
    }

    /// <summary>
    /// Syllables typed without spaces ("gaonangthom"), cut into known words: the fewest pieces, then the most common
    /// ones. Null when the word cannot be cut into at least two known words.
    /// </summary>
    public static IReadOnlyList<string>? Split(string folded, Func<string, int> frequency, int maxPiece = 12)
    {
        if (folded.Length < 4) return null;
        var n = folded.Length;
        var best = new (int Pieces, double Weight, int From)[n + 1];
        for (var i = 1; i <= n; i++) best[i] = (int.MaxValue, 0, -1);
        for (var end = 2; end <= n; end++)
            for (var start = Math.Max(0, end - maxPiece); start <= end - 2; start++)
            {
                if (best[start].Pieces == int.MaxValue) continue;
                var f = frequency(folded[start..end]);
                if (f == 0) continue;
                var candidate = (Pieces: best[start].Pieces + 1, Weight: best[start].Weight + Math.Log(1 + f));
                if (candidate.Pieces < best[end].Pieces || (candidate.Pieces == best[end].Pieces && candidate.Weight > best[end].Weight))
                    best[end] = (candidate.Pieces, candidate.Weight, start);
            }
        if (best[n].Pieces is int.MaxValue or < 2) return null;
        var pieces = new List<string>();
        for (var end = n; end > 0; end = best[end].From) pieces.Insert(0, folded[best[end].From..end]);
        return pieces;
    }

    private static (string Initial, string Remainder) SplitInitial(string word)
    {
        foreach (var initial in Initials)
            if (word.StartsWith(initial, StringComparison.Ordinal) && word.Length > initial.Length) return (initial, word[initial.Length..]);
        return word.Length > 1 && !Vowels.Contains(word[0]) ? (word[..1], word[1..]) : ("", word);
    }

    private static (string Nucleus, string Final) SplitFinal(string rest)
    {
        foreach (var final in Finals)
            if (rest.EndsWith(final, StringComparison.Ordinal) && rest.Length > final.Length) return (rest[..^final.Length], final);
        return (rest, "");
    }

    private static IEnumerable<string> Alternatives(string part, string[][] families) =>
        families.Where(f => f.Contains(part)).SelectMany(f => f).Where(p => p != part);

    /// <summary>i written for y and y for i: each y of the vowels, and an i ending the syllable.</summary>
    private static IEnumerable<string> IAndY(string nucleus, bool open)
    {
        for (var at = 0; at < nucleus.Length; at++)
            if (nucleus[at] == 'y' || (nucleus[at] == 'i' && open && at == nucleus.Length - 1))
                yield return nucleus[..at] + (nucleus[at] == 'y' ? 'i' : 'y') + nucleus[(at + 1)..];
    }
}
