namespace LongAnMarket.Core.Search;

/// <summary>
/// One word of a shopper's query as both engines search for it: as written (ranked first), without diacritics, with
/// its configured synonyms, with one typo allowed from 4 letters and two from 8, and as a prefix when it is the word
/// still being typed.
/// </summary>
public sealed record QueryTerm(string Exact, string Folded, IReadOnlyList<string> Synonyms, int MaxEdits, bool IsPrefix)
{
    public const int MaxTerms = 12;

    public static IReadOnlyList<QueryTerm> Plan(string normalizedQuery, SynonymTable synonyms)
    {
        var tokens = SearchText.Tokenize(normalizedQuery);
        var terms = new List<QueryTerm>(Math.Min(tokens.Count, MaxTerms));
        for (var i = 0; i < tokens.Count && i < MaxTerms; i++)
        {
            var token = tokens[i];
            var isLast = i == Math.Min(tokens.Count, MaxTerms) - 1;
            terms.Add(new QueryTerm(token.Exact, token.Folded, synonyms.For(token.Folded), EditsFor(token.Folded),
                IsPrefix: isLast && token.Folded.Length >= 2 && !token.Folded.Any(char.IsDigit)));
        }
        return terms;
    }

    /// <summary>
    /// The words a name should hold in this order to rank first: all of them, less a last word still being typed
    /// (a prefix cannot be part of a phrase).
    /// </summary>
    public static IReadOnlyList<string> PhraseWords(IReadOnlyList<QueryTerm> terms) =>
        (terms.Count > 0 && terms[^1].IsPrefix ? terms.Take(terms.Count - 1) : terms).Select(t => t.Folded).ToList();

    public static int EditsFor(string folded) =>
        folded.Any(char.IsDigit) ? 0 : folded.Length >= 8 ? 2 : folded.Length >= 4 ? 1 : 0;

    /// <summary>Whether a word of a product's text answers this term (used to mark matches, as the engines match).</summary>
    public bool Matches(SearchToken token) =>
        token.Folded == Folded
        || (IsPrefix && token.Folded.StartsWith(Folded, StringComparison.Ordinal))
        || Synonyms.Any(s => SearchText.Fold(s) == token.Folded)
        || (MaxEdits > 0 && EditDistance.Within(token.Folded, Folded, MaxEdits));
}
