using System.Globalization;
using LongAnMarket.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>A planned query and its filters as Lucene queries.</summary>
public static class LuceneQueries
{
    /// <summary>
    /// Every clause must match in some field; within a word, the form as written scores above the folded one, above a
    /// synonym, a Southern spelling, a typo; a name holding the words in the order typed scores above one that holds
    /// them near each other, above one that holds them apart.
    /// </summary>
    public static Query Text(QueryPlan plan)
    {
        if (plan.IsEmpty) return new MatchAllDocsQuery();
        var all = new BooleanQuery();
        foreach (var clause in plan.Clauses) all.Add(Clause(plan, clause), Occur.MUST);
        if (plan.Phrase.Count > 1)
        {
            all.Add(Near(plan.Phrase, 0, PhraseBoost), Occur.SHOULD);
            all.Add(Near(plan.Phrase, NearSlop, NearBoost), Occur.SHOULD);
        }
        return all;
    }

    public const float PhraseBoost = 10f;

    /// <summary>The words in the order typed, with up to this many other words between them, add <see cref="NearBoost"/>.</summary>
    public const int NearSlop = 3;

    public const float NearBoost = 4f;

    /// <summary>Documents passing every chosen filter; null when nothing is chosen.</summary>
    public static Query? Filter(SearchFilters filters) => Passing(Facets(filters), mayFail: 0);

    /// <summary>
    /// Documents that facet counts can use: those failing at most one chosen facet (a facet's counts ignore its own
    /// choice). Null when that is every document (fewer than two facets chosen).
    /// </summary>
    public static Query? Countable(SearchFilters filters)
    {
        var facets = Facets(filters);
        return facets.Count < 2 ? null : Passing(facets, mayFail: 1);
    }

    private static Query? Passing(IReadOnlyList<Query> facets, int mayFail)
    {
        if (facets.Count == 0) return null;
        var all = new BooleanQuery();
        foreach (var facet in facets) all.Add(facet, mayFail == 0 ? Occur.MUST : Occur.SHOULD);
        if (mayFail > 0) all.MinimumNumberShouldMatch = facets.Count - mayFail;
        return all;
    }

    /// <summary>One query per chosen facet: any of its chosen values.</summary>
    private static List<Query> Facets(SearchFilters filters)
    {
        var facets = new List<Query>();
        AddAnyOf(facets, filters.Categories.Select(slug => Exact(SearchFields.CategorySlug, slug)));
        AddAnyOf(facets, filters.Areas.Select(slug => Exact(SearchFields.AreaSlug, slug)));
        AddAnyOf(facets, filters.OcopStars.Select(stars => Exact(SearchFields.Ocop, stars.ToString(CultureInfo.InvariantCulture))));
        AddAnyOf(facets, filters.Certifications.Select(kind => Exact(SearchFields.Certification, kind)));
        var price = new BooleanQuery();
        foreach (var band in filters.PriceBands)
            price.Add(NumericRangeQuery.NewInt64Range(SearchFields.Price, band.FromDong, band.BelowDong is { } below ? below - 1 : null, true, true), Occur.SHOULD);
        if (filters.MinPriceDong is not null || filters.MaxPriceDong is not null)
        {
            var range = NumericRangeQuery.NewInt64Range(SearchFields.Price, filters.MinPriceDong, filters.MaxPriceDong, true, true);
            if (price.Clauses.Count == 0) price.Add(range, Occur.SHOULD);
            else price = new BooleanQuery { { price, Occur.MUST }, { range, Occur.MUST } };
        }
        if (price.Clauses.Count > 0) facets.Add(price);
        if (filters.InStockOnly) facets.Add(Exact(SearchFields.InStock, "1"));
        return facets;
    }

    private static Query Clause(QueryPlan plan, QueryClause clause)
    {
        var words = clause.Words.Count == 1 ? AnyField(plan, clause.Words[0]) : AllOf(plan, clause.Words);
        if (clause.Synonyms.Count == 0) return words;
        var any = new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD } };
        foreach (var phrase in clause.Synonyms) any.Add(Synonym(plan, phrase), Occur.SHOULD);
        return any;
    }

    private static BooleanQuery AllOf(QueryPlan plan, IEnumerable<QueryTerm> terms)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var term in terms) all.Add(AnyField(plan, term), Occur.MUST);
        return all;
    }

    private static Query AnyField(QueryPlan plan, QueryTerm term)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            foreach (var form in term.Forms)
                if (SearchFields.Searched(plan, field, form.Kind))
                    any.Add(Boosted(new TermQuery(new Term(field, form.Word)), boost * form.Weight), Occur.SHOULD);
            if (term.IsPrefix && SearchFields.SearchedAsPrefix(field))
                any.Add(Boosted(new PrefixQuery(new Term(field, term.Folded)), boost * QueryTerm.PrefixWeight), Occur.SHOULD);
        }
        return any;
    }

    /// <summary>
    /// A phrase of a synonym group, matched as if its words had been typed: each in some field, the name holding
    /// them in order adding weight.
    /// </summary>
    private static Query Synonym(QueryPlan plan, IReadOnlyList<string> words)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in SearchFields.Weighted.Where(f => SearchFields.Searched(plan, f.Field, MatchKind.Synonym)))
                any.Add(Boosted(new TermQuery(new Term(field, word)), boost * SynonymWeight), Occur.SHOULD);
            all.Add(any, Occur.MUST);
        }
        if (words.Count > 1)
        {
            var inName = new PhraseQuery();
            foreach (var word in words) inName.Add(new Term(SearchFields.Name, word));
            all.Add(Boosted(inName, PhraseBoost * SynonymWeight), Occur.SHOULD);
        }
        return all;
    }

    private static readonly float SynonymWeight = new TermForm("", MatchKind.Synonym).Weight;

    /// <summary>The phrase's words in the name, in order, with at most <paramref name="slop"/> other words between them.</summary>
    private static SpanNearQuery Near(IReadOnlyList<IReadOnlyList<string>> phrase, int slop, float boost) =>
        new(phrase.Select(words => words.Count == 1
            ? (SpanQuery)new SpanTermQuery(new Term(SearchFields.Name, words[0]))
            : new SpanOrQuery(words.Select(w => (SpanQuery)new SpanTermQuery(new Term(SearchFields.Name, w))).ToArray())).ToArray(), slop, true)
        { Boost = boost };

    private static Query Exact(string field, string value) => new TermQuery(new Term(field, value));

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static void AddAnyOf(List<Query> facets, IEnumerable<Query> alternatives)
    {
        var any = new BooleanQuery();
        foreach (var alternative in alternatives) any.Add(alternative, Occur.SHOULD);
        if (any.Clauses.Count > 0) facets.Add(any);
    }
}
