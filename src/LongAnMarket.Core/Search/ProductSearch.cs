namespace LongAnMarket.Core.Search;

/// <summary>
/// Product search as shoppers get it, on either engine: the query rewritten against the index's words, then, when the
/// query as typed finds nothing or little, a correction offered ("did you mean") and, when even every word together
/// finds nothing, the results of the correction or of the fewest words left out.
/// </summary>
public sealed class ProductSearch(ISearchEngine engine, QueryRewriter rewriter)
{
    /// <summary>Fewer results than this as typed, and a correction is looked for.</summary>
    public const int WeakTotal = 3;

    /// <summary>A correction is offered beside results when it finds at least this many times as many.</summary>
    public const int CorrectionFactor = 3;

    /// <summary>Counting queries allowed per search when choosing which words to leave out.</summary>
    public const int MaxProbes = 8;

    public string EngineName => engine.Name;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        if (request.Text.Length == 0) return await engine.SearchAsync(request, ct);
        var vocabulary = await engine.VocabularyAsync(ct);
        var plan = rewriter.Plan(request.Text, vocabulary);
        var result = await engine.SearchAsync(request with { Plan = plan }, ct);
        if (plan.IsEmpty) return result;
        if (result.Hits.Count > 0 && NamesEveryWord(plan, result.Hits[0].Name))
        {
            if (!plan.Rewritten) return result; // the words as typed name the best product: nothing to correct
            // Found through the rules only: the best product's name shows how the words are written, no search needed.
            var shown = QueryRewriter.CorrectionFrom(plan, result.Hits[0].Name, vocabulary);
            return result with { Interpretation = new QueryInterpretation(shown, shown, []) };
        }
        // Nothing within the chosen filters, but the words find products without them: the filters are why, not the
        // spelling (the page offers to drop them).
        if (result.Total == 0 && !request.Filters.IsEmpty && await CountAsync(request with { Filters = SearchFilters.None }, plan, ct) > 0) return result;
        var typedTotal = plan.Rewritten ? 0 : result.Total;
        // Few results, all found in descriptions only ("lap suong" finds a gift box listing "lạp xưởng" and "sương"):
        // the words name no product, so a correction that does is shown instead.
        var named = result.Total is > 0 and < WeakTotal * CorrectionFactor && !request.AsTyped
            ? await CountAsync(request, plan with { ShortFieldsOnly = true }, ct) : result.Total;
        var correction = typedTotal < WeakTotal || named == 0 ? await CorrectionAsync(request, plan, vocabulary, typedTotal, named, ct) : null;
        var replace = correction is not null && !request.AsTyped && (result.Total == 0 || named == 0);
        // Results found only through the rewrite rules are the correction's, and the page says so.
        if (!replace && result.Total > 0)
            return result with { Interpretation = new QueryInterpretation(correction?.Text, plan.Rewritten ? correction?.Text : null, []) };
        if (replace)
            return await engine.SearchAsync(request with { Plan = correction!.Plan }, ct) with
            {
                Interpretation = new QueryInterpretation(correction.Text, correction.Text, []) { TypedTotal = typedTotal },
            };
        return await WithFewerWordsAsync(request, plan, vocabulary, ct) ?? result;
    }

    private sealed record Correction(string Text, QueryPlan Plan);

    /// <summary>Whether a product name holds every clause of the plan (empty when the engine sent no names).</summary>
    private static bool NamesEveryWord(QueryPlan plan, string name)
    {
        if (name.Length == 0) return false;
        var tokens = SearchText.Tokenize(name);
        return plan.Clauses.All(clause =>
            clause.Words.All(term => tokens.Any(term.Matches))
            || clause.Synonyms.Any(phrase => phrase.All(word => tokens.Any(t => t.Exact == word || t.Folded == word))));
    }

    /// <summary>
    /// The query as the best product for it writes it, where that finds results, and more than the query as typed
    /// when that found some in names: one search for the best product, one count.
    /// </summary>
    private async Task<Correction?> CorrectionAsync(SearchRequest request, QueryPlan plan, SearchVocabulary vocabulary, int typedTotal, int named,
        CancellationToken ct)
    {
        var widened = rewriter.Widened(plan, vocabulary);
        var best = await engine.SearchAsync(request with { Plan = widened, Page = 1, PageSize = 1, WithFacets = false, WithHighlights = true }, ct);
        if (best.Hits.Count == 0 || QueryRewriter.CorrectionFrom(widened, best.Hits[0].Name, vocabulary) is not { } text) return null;
        var corrected = rewriter.Plan(SearchText.NormalizeQuery(text), vocabulary);
        var total = await CountAsync(request, corrected, ct);
        if (total == 0 || (typedTotal > 0 && named > 0 && total < CorrectionFactor * typedTotal)) return null;
        return new Correction(text, corrected);
    }

    /// <summary>
    /// Every word together found nothing: words the index does not hold at all are left out first, then the fewest
    /// others (the choice finding the most), and the page says which words it searched for.
    /// </summary>
    private async Task<SearchResult?> WithFewerWordsAsync(SearchRequest request, QueryPlan plan, SearchVocabulary vocabulary, CancellationToken ct)
    {
        var clauses = plan.Clauses.Where(c => QueryRewriter.CanMatch(c, vocabulary)).ToList();
        if (clauses.Count == 0) return null;
        var probes = 0;
        List<QueryClause>? best = null;
        if (clauses.Count < plan.Clauses.Count && await CountAsync(request, QueryRewriter.Keeping(plan, clauses, vocabulary), ct) > 0) best = clauses;
        for (var leaveOut = 1; best is null && leaveOut <= 2 && leaveOut < clauses.Count; leaveOut++)
        {
            var bestTotal = 0;
            foreach (var kept in Subsets(clauses, clauses.Count - leaveOut))
            {
                if (probes++ == MaxProbes) break;
                var total = await CountAsync(request, QueryRewriter.Keeping(plan, kept, vocabulary), ct);
                if (total > bestTotal) (best, bestTotal) = (kept, total);
            }
        }
        if (best is null) return null;
        var left = QueryRewriter.Keeping(plan, best, vocabulary);
        var result = await engine.SearchAsync(request with { Plan = left }, ct);
        var shown = string.Join(' ', left.Terms.Select(t => t.Typed));
        var dropped = plan.Clauses.Except(best).SelectMany(c => c.Words).Select(t => t.Typed).ToList();
        return result with { Interpretation = new QueryInterpretation(null, shown, dropped) };
    }

    private async Task<int> CountAsync(SearchRequest request, QueryPlan plan, CancellationToken ct) =>
        (await engine.SearchAsync(request with { Plan = plan, Page = 1, PageSize = 1, WithFacets = false, WithHighlights = false }, ct)).Total;

    /// <summary>The subsets of <paramref name="size"/> clauses in their order, those leaving out the last words first.</summary>
    private static IEnumerable<List<QueryClause>> Subsets(List<QueryClause> clauses, int size)
    {
        if (size == 0) { yield return []; yield break; }
        for (var first = 0; first <= clauses.Count - size; first++)
            foreach (var rest in Subsets(clauses[(first + 1)..], size - 1))
                yield return [clauses[first], .. rest];
    }
}
