using System.Globalization;
using LongAnMarket.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>A planned query and its filters as Lucene queries.</summary>
public static class LuceneQueries
{
    /// <summary>
    /// Every word must match in some field; within a word, the form as written scores above the folded one; a name
    /// holding the words in the order typed scores above one that holds them apart.
    /// </summary>
    public static Query Text(IReadOnlyList<QueryTerm> terms)
    {
        if (terms.Count == 0) return new MatchAllDocsQuery();
        var all = new BooleanQuery();
        foreach (var term in terms) all.Add(AnyField(term), Occur.MUST);
        var phraseTerms = QueryTerm.PhraseWords(terms);
        if (phraseTerms.Count > 1)
        {
            var phrase = new PhraseQuery { Boost = PhraseBoost };
            foreach (var word in phraseTerms) phrase.Add(new Term(SearchFields.Name, word));
            all.Add(phrase, Occur.SHOULD);
        }
        return all;
    }

    public const float PhraseBoost = 10f;

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

    private static Query AnyField(QueryTerm term)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            if (term.Exact != term.Folded) any.Add(Boosted(new TermQuery(new Term(field, term.Exact)), boost * 2), Occur.SHOULD);
            any.Add(Boosted(new TermQuery(new Term(field, term.Folded)), boost), Occur.SHOULD);
            if (term.MaxEdits > 0 && SearchFields.ToleratesTypos(field))
                any.Add(Boosted(new FuzzyQuery(new Term(field, term.Folded), term.MaxEdits, SearchFields.TypoPrefixLength, SearchFields.MaxTypoExpansions, true), boost / 2), Occur.SHOULD);
            if (term.IsPrefix && SearchFields.ToleratesTypos(field)) any.Add(Boosted(new PrefixQuery(new Term(field, term.Folded)), boost / 2), Occur.SHOULD);
            foreach (var synonym in term.Synonyms)
                any.Add(Boosted(new TermQuery(new Term(field, SearchText.Fold(synonym))), boost * 0.8f), Occur.SHOULD);
        }
        return any;
    }

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
