namespace LongAnMarket.Core.Search;

/// <summary>How a form of a typed word came about, in the order a match on it ranks: as written first.</summary>
public enum MatchKind
{
    Exact,
    Folded,
    Synonym,
    Confusion,
    Typo,
}

/// <summary>A word the index may hold for a typed word: lower case, folded unless <see cref="MatchKind.Exact"/>.</summary>
public sealed record TermForm(string Word, MatchKind Kind)
{
    /// <summary>A match on this form weighs this much of a match on the folded word.</summary>
    public float Weight => Kind switch
    {
        MatchKind.Exact => 2f,
        MatchKind.Folded => 1f,
        MatchKind.Synonym => 0.8f,
        MatchKind.Confusion => 0.6f,
        _ => 0.4f,
    };
}

/// <summary>
/// One word of a shopper's query as both engines search for it: its forms (as written, folded, and what the rewrite
/// rules put for it), and, for the last word still being typed, every word it begins.
/// </summary>
public sealed record QueryTerm(string Typed, string Folded, IReadOnlyList<TermForm> Forms, bool IsPrefix)
{
    public const int MaxTerms = 12;

    /// <summary>Prefix matches weigh this much of a folded match.</summary>
    public const float PrefixWeight = 0.5f;

    /// <summary>The word as written and folded, nothing more (for a query planned without the index's words).</summary>
    public static QueryTerm Literal(SearchToken token, bool isPrefix) =>
        new(token.Exact, token.Folded, FormsOf(token.Exact, token.Folded), isPrefix);

    public static IReadOnlyList<TermForm> FormsOf(string exact, string folded) =>
        exact == folded ? [new TermForm(folded, MatchKind.Folded)] : [new TermForm(exact, MatchKind.Exact), new TermForm(folded, MatchKind.Folded)];

    /// <summary>Whether a word of a product's text answers this term (used to mark matches, as the engines match).</summary>
    public bool Matches(SearchToken token) =>
        Forms.Any(f => f.Word == token.Folded || f.Word == token.Exact)
        || (IsPrefix && token.Folded.StartsWith(Folded, StringComparison.Ordinal));

    /// <summary>Which run of letters and digits of the query the word came from (one run may give several words).</summary>
    public int Run { get; init; } = -1;

    /// <summary>Converted from Telex or VNI, or cut from syllables typed together: the word as typed is not in the index.</summary>
    public bool Rewritten { get; init; }

    /// <summary>Forms the rules added: a confusion or a typo.</summary>
    public bool IsCorrected => Forms.Any(f => f.Kind is MatchKind.Confusion or MatchKind.Typo);
}

/// <summary>
/// What a product must match once: every word of <see cref="Words"/>, or instead one of the synonym phrases for them
/// (each a list of words, lower case as written, searched as if typed).
/// </summary>
public sealed record QueryClause(IReadOnlyList<QueryTerm> Words, IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    public static QueryClause Of(QueryTerm term) => new([term], []);
}

/// <summary>
/// A shopper's query as both engines run it: every clause must match. <see cref="Phrase"/> lists, for each word the
/// name should hold in the order typed to rank first, the forms that count for it (every word but a last one still
/// being typed and words standing in a phrase of a synonym group).
/// </summary>
public sealed record QueryPlan(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<IReadOnlyList<string>> Phrase)
{
    public static readonly QueryPlan Empty = new([], []);

    /// <summary>Some typed word is not in the index as typed and a rule put other words for it: the query as typed finds nothing.</summary>
    public bool Rewritten { get; init; }

    /// <summary>Matched in names, producers, areas and categories only, not descriptions: whether the query names products at all.</summary>
    public bool ShortFieldsOnly { get; init; }

    /// <summary>The query's runs of letters and digits as typed, which <see cref="QueryTerm.Run"/> points into.</summary>
    public IReadOnlyList<string> Runs { get; init; } = [];

    public bool IsEmpty => Clauses.Count == 0;

    public IReadOnlyList<QueryTerm> Terms => Clauses.SelectMany(c => c.Words).ToList();

    /// <summary>Whether a word of a product's text answers the query (to mark it), synonym phrases included.</summary>
    public bool Matches(SearchToken token) =>
        Clauses.Any(c => c.Words.Any(t => t.Matches(token)) || c.Synonyms.Any(s => s.Contains(token.Exact) || s.Contains(token.Folded)));

    /// <summary>The words as written and folded, without the index's vocabulary: no corrections, no synonyms.</summary>
    public static QueryPlan Literal(string normalizedQuery)
    {
        var tokens = SearchText.Tokenize(normalizedQuery).Take(QueryTerm.MaxTerms).ToList();
        var terms = tokens.Select((t, i) => QueryTerm.Literal(t, IsPrefix(t.Folded, i == tokens.Count - 1))).ToList();
        return new QueryPlan(terms.Select(QueryClause.Of).ToList(), terms.Where(t => !t.IsPrefix).Select(t => (IReadOnlyList<string>)t.Forms.Select(f => f.Word).ToList()).ToList());
    }

    public static bool IsPrefix(string folded, bool isLast) => isLast && folded.Length >= 2 && !folded.Any(char.IsDigit);
}
