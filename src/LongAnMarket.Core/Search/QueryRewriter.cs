namespace LongAnMarket.Core.Search;

/// <summary>
/// The one place where a shopper's words become what both engines search for, checked against the index's own words:
/// VNI and Telex leftovers are converted, syllables typed together are cut apart, synonym phrases are added, and a word
/// the index does not hold as typed is looked for as the Southern spellings it may stand for and then as the words one
/// typo away. A word the index holds is searched as typed (a syllable that is a word is never "corrected" here; only
/// <see cref="Widened"/> looks further when the query as typed finds little).
/// </summary>
public sealed class QueryRewriter(SynonymTable synonyms)
{
    public const int MaxConfusionForms = 4;
    public const int MaxTypoForms = 6;
    private const int CandidatesPerWord = 3;

    private sealed record Word(string Exact, string Folded, bool Rewritten, int Run);

    public QueryPlan Plan(string normalizedQuery, SearchVocabulary vocabulary)
    {
        if (vocabulary.Count == 0) return QueryPlan.Literal(normalizedQuery);
        var words = Words(normalizedQuery, vocabulary);
        var tokens = words.Select(w => new SearchToken(0, 0, w.Exact, w.Folded)).ToList();
        var clauses = new List<QueryClause>();
        var rewritten = words.Any(w => w.Rewritten);
        for (var i = 0; i < words.Count;)
        {
            var isLast = i == words.Count - 1;
            var (length, alternatives) = synonyms.Match(tokens, i);
            if (length > 0)
            {
                var span = words.Skip(i).Take(length).ToList();
                clauses.Add(new QueryClause(span.Select((w, k) => QueryTerm.Literal(new SearchToken(0, 0, w.Exact, w.Folded),
                    QueryPlan.IsPrefix(w.Folded, isLast: i + k == words.Count - 1)) with { Run = w.Run }).ToList(), alternatives));
                i += length;
                continue;
            }
            var term = Term(words[i], isLast, vocabulary);
            rewritten |= term.IsCorrected;
            clauses.Add(QueryClause.Of(term));
            i++;
        }
        return new QueryPlan(clauses, Phrase(clauses, vocabulary)) { Rewritten = rewritten, Runs = SearchText.Runs(normalizedQuery).ToList() };
    }

    /// <summary>The same plan with only some of its clauses, for a query whose every word together finds nothing.</summary>
    public static QueryPlan Keeping(QueryPlan plan, IReadOnlyList<QueryClause> clauses, SearchVocabulary vocabulary) =>
        plan with { Clauses = clauses, Phrase = Phrase(clauses, vocabulary) };

    /// <summary>Whether a clause can match anything in the index at all.</summary>
    public static bool CanMatch(QueryClause clause, SearchVocabulary vocabulary) =>
        clause.Synonyms.Count > 0 || clause.Words.All(t => t.Folded.Any(char.IsDigit)
            || t.Forms.Any(f => vocabulary.Contains(SearchText.Fold(f.Word))) || (t.IsPrefix && vocabulary.HasPrefix(t.Folded)));

    /// <summary>
    /// The plan with every word open to correction: a word the index holds is also looked for as its Southern spellings
    /// and the words one typo away, in names, producers, areas and categories only. The product that answers it best
    /// shows how the query should have been written (<see cref="CorrectionFrom"/>).
    /// </summary>
    public QueryPlan Widened(QueryPlan plan, SearchVocabulary vocabulary)
    {
        var clauses = plan.Clauses.Select(clause =>
        {
            if (clause.Words.Count > 1 && clause.Synonyms.Count > 0) return clause; // a phrase of a synonym group
            return clause with
            {
                Words = clause.Words.Select(term =>
                {
                    if (term.IsCorrected || term.Folded.Any(char.IsDigit) || !vocabulary.Contains(term.Folded)) return term;
                    var confusions = SpellingRules.Confusions(term.Folded).Where(vocabulary.Contains).OrderByDescending(vocabulary.Frequency).Take(MaxConfusionForms).ToList();
                    var typos = vocabulary.Near(term.Folded, 1, CandidatesPerWord + confusions.Count).Except(confusions).Take(CandidatesPerWord);
                    return term with
                    {
                        Forms = [.. term.Forms, .. confusions.Select(c => new TermForm(c, MatchKind.Confusion)), .. typos.Select(t => new TermForm(t, MatchKind.Typo))],
                    };
                }).ToList(),
            };
        }).ToList();
        return plan with { Clauses = clauses, Phrase = Phrase(clauses, vocabulary), ShortFieldsOnly = true };
    }

    /// <summary>
    /// The query written the way a product's name writes its words ("lap suong" and "Lạp xưởng Cần Đước" give "lạp
    /// xưởng"); words the name does not hold stay as typed. Null when that is the query as typed.
    /// </summary>
    public static string? CorrectionFrom(QueryPlan plan, string name, SearchVocabulary vocabulary)
    {
        var tokens = SearchText.Tokenize(name);
        var shown = new List<(QueryTerm Term, string Word)>();
        foreach (var clause in plan.Clauses)
            foreach (var term in clause.Words)
            {
                var token = clause.Words.Count > 1 && clause.Synonyms.Count > 0 ? null
                    : tokens.FirstOrDefault(t => t.Folded == term.Folded) ?? tokens.FirstOrDefault(t => term.Forms.Any(f => f.Word == t.Folded || f.Word == t.Exact));
                shown.Add((term, token is null ? Shown(term, vocabulary) : token.Folded == term.Folded && term.Typed != term.Folded ? term.Typed : token.Exact));
            }
        // A run of letters and digits written as one ("94270f59", "5kg") stays as typed unless a word of it changed.
        var words = shown.GroupBy(s => s.Term.Run).SelectMany(run =>
            run.Key >= 0 && run.Key < plan.Runs.Count && run.All(s => !s.Term.Rewritten && SearchText.Fold(s.Word) == s.Term.Folded && (s.Word == s.Term.Typed || s.Term.Folded.Any(char.IsDigit)))
                ? [plan.Runs[run.Key]] : run.Select(s => s.Word)).ToList();
        var typed = string.Join(' ', plan.Terms.Select(t => t.Typed));
        var corrected = string.Join(' ', words);
        return plan.Rewritten || SearchText.Fold(corrected) != SearchText.Fold(typed) ? corrected : null;
    }

    /// <summary>A word as the correction shows it: as typed when typed with diacritics, else as most products write it.</summary>
    private static string Shown(QueryTerm term, SearchVocabulary vocabulary) =>
        term.Typed != term.Folded || !vocabulary.Contains(term.Folded) ? term.Typed : vocabulary.Spelling(term.Folded);

    /// <summary>The query's words, with VNI and Telex leftovers converted and run-together syllables cut apart.</summary>
    private List<Word> Words(string normalizedQuery, SearchVocabulary vocabulary)
    {
        var words = new List<Word>();
        var runs = SearchText.Runs(normalizedQuery).ToList();
        for (var r = 0; r < runs.Count; r++)
        {
            if (SpellingRules.VniLeftover(runs[r]) is { } vni && vocabulary.Contains(SearchText.Fold(vni)))
            {
                words.Add(new Word(vni.ToLowerInvariant(), SearchText.Fold(vni), true, r));
                continue;
            }
            foreach (var token in SearchText.Tokenize(runs[r])) words.Add(new Word(token.Exact, token.Folded, false, r));
        }
        words = words.Take(QueryTerm.MaxTerms).ToList();
        var inPhrase = new bool[words.Count]; // words of a synonym phrase ("dragon fruit") are taken as typed
        var tokens = words.Select(w => new SearchToken(0, 0, w.Exact, w.Folded)).ToList();
        for (var i = 0; i < words.Count; i++)
            for (var k = 0; k < synonyms.Match(tokens, i).Length; k++) inPhrase[i + k] = true;
        var result = new List<Word>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var isLast = i == words.Count - 1;
            if (inPhrase[i] || word.Folded.Any(char.IsDigit) || vocabulary.Contains(word.Folded) || (QueryPlan.IsPrefix(word.Folded, isLast) && vocabulary.HasPrefix(word.Folded)))
            {
                result.Add(word);
                continue;
            }
            if (SpellingRules.TelexLeftovers(word.Folded).FirstOrDefault(vocabulary.Contains) is { } telex)
            {
                result.Add(new Word(vocabulary.Spelling(telex), telex, true, word.Run));
                continue;
            }
            if (!LongerThanASyllable(word.Folded) && (SpellingRules.Confusions(word.Folded).Any(vocabulary.Contains) || vocabulary.Near(word.Folded, 1, 1).Count > 0))
            {
                result.Add(word); // a syllable mistyped, not syllables run together: corrected in Term
                continue;
            }
            if (SpellingRules.Split(word.Folded, vocabulary.Frequency) is { } pieces)
            {
                result.AddRange(pieces.Select(p => new Word(vocabulary.Spelling(p), p, true, word.Run)));
                continue;
            }
            result.Add(word);
        }
        return result.Take(QueryTerm.MaxTerms).ToList();
    }

    /// <summary>The longest Vietnamese syllable has 7 letters ("nghiêng").</summary>
    private static bool LongerThanASyllable(string folded) => folded.Length > 7;

    private static QueryTerm Term(Word word, bool isLast, SearchVocabulary vocabulary)
    {
        var isPrefix = QueryPlan.IsPrefix(word.Folded, isLast);
        var forms = QueryTerm.FormsOf(word.Exact, word.Folded).ToList();
        var typed = word.Folded;
        if (!typed.Any(char.IsDigit) && !vocabulary.Contains(typed) && !(isPrefix && vocabulary.HasPrefix(typed)))
        {
            var confusions = SpellingRules.Confusions(typed).Where(vocabulary.Contains).OrderByDescending(vocabulary.Frequency).Take(MaxConfusionForms).ToList();
            forms.AddRange(confusions.Select(c => new TermForm(c, MatchKind.Confusion)));
            var edits = typed.Length >= 8 ? 2 : typed.Length >= 3 ? 1 : 0;
            forms.AddRange(vocabulary.Near(typed, edits, MaxTypoForms + confusions.Count).Except(confusions).Take(MaxTypoForms)
                .Select(t => new TermForm(t, MatchKind.Typo)));
        }
        return new QueryTerm(word.Exact, word.Folded, forms, isPrefix) { Run = word.Run, Rewritten = word.Rewritten };
    }

    /// <summary>For each word the name should hold in order, the words that count for it.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Phrase(IReadOnlyList<QueryClause> clauses, SearchVocabulary vocabulary)
    {
        var phrase = new List<IReadOnlyList<string>>();
        foreach (var clause in clauses)
        {
            if (clause.Words.Count > 1 && clause.Synonyms.Count > 0) continue;
            foreach (var term in clause.Words)
            {
                if (term.IsPrefix && !vocabulary.Contains(term.Folded) && !term.IsCorrected) continue;
                var words = term.Forms.Select(f => f.Word);
                if (clause.Words.Count == 1) words = words.Concat(clause.Synonyms.Where(s => s.Count == 1).Select(s => s[0]));
                phrase.Add(words.Distinct().ToList());
            }
        }
        return phrase;
    }
}
