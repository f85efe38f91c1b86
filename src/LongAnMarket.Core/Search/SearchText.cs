using System.Text;
using System.Text.RegularExpressions;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Search;

/// <summary>One word of a text as both engines index it: lower case as written, and without diacritics.</summary>
public sealed record SearchToken(int Start, int Length, string Exact, string Folded);

/// <summary>
/// How text is cut into words, stated once so the Lucene analyzer, the Elasticsearch analyzer definition and the query
/// planner agree: text is in Unicode NFC; a number and a unit written together ("5kg") are two words; anything that is
/// neither a letter nor a digit separates words; words are lower-cased, then also indexed without diacritics (đ → d).
/// </summary>
public static partial class SearchText
{
    public const int MaxQueryLength = 200;

    /// <summary>
    /// A digit followed by a letter, then (second pass) a letter followed by a digit: both engines replace each match
    /// with <see cref="JointReplacement"/>, so "5kg" and "x2" become two words. (Only consuming patterns: Lucene.Net's
    /// char filter ignores zero-width and lookahead matches.)
    /// </summary>
    public const string DigitThenLetter = @"(\p{N})(\p{L})";

    public const string LetterThenDigit = @"(\p{L})(\p{N})";

    public const string JointReplacement = "$1 $2";

    /// <summary>What separates words.</summary>
    public const string Separator = @"[^\p{L}\p{N}]+";

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    [GeneratedRegex(DigitThenLetter)]
    private static partial Regex DigitLetter();

    [GeneratedRegex(LetterThenDigit)]
    private static partial Regex LetterDigit();

    /// <summary>A shopper's query made safe to plan: NFC, no control characters, single spaces, at most 200 characters.</summary>
    public static string NormalizeQuery(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return "";
        var text = raw.Length > MaxQueryLength * 4 ? raw[..(MaxQueryLength * 4)] : raw;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text) clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        var composed = VietnameseText.Clean(clean.ToString());
        return composed.Length <= MaxQueryLength ? composed : composed[..MaxQueryLength].TrimEnd();
    }

    public static IReadOnlyList<SearchToken> Tokenize(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var tokens = new List<SearchToken>();
        foreach (Match word in Word().Matches(composed))
        {
            var start = 0;
            foreach (var part in LetterDigit().Replace(DigitLetter().Replace(word.Value, JointReplacement), JointReplacement).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var offset = word.Value.IndexOf(part, start, StringComparison.Ordinal);
                start = offset + part.Length;
                var exact = part.ToLowerInvariant();
                tokens.Add(new SearchToken(word.Index + offset, part.Length, exact, Fold(exact)));
            }
        }
        return tokens;
    }

    /// <summary>The runs of letters and digits of an NFC text, before a number and a unit are cut apart.</summary>
    public static IEnumerable<string> Runs(string text) => Word().Matches(text).Select(m => m.Value);

    public static string Fold(string word) => VietnameseText.FoldDiacritics(word).ToLowerInvariant();
}
