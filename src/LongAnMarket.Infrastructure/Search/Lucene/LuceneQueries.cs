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

    public static Query? Filter(SearchFilters filters)
    {
        if (filters.IsEmpty) return null;
        var all = new BooleanQuery();
        AddAnyOf(all, filters.Categories.Select(slug => Exact(SearchFields.CategorySlug, slug)));
        AddAnyOf(all, filters.Areas.Select(slug => Exact(SearchFields.AreaSlug, slug)));
        AddAnyOf(all, filters.OcopStars.Select(stars => Exact(SearchFields.Ocop, stars.ToString(CultureInfo.InvariantCulture))));
        AddAnyOf(all, filters.Certifications.Select(kind => Exact(SearchFields.Certification, kind)));
        AddAnyOf(all, filters.PriceBands.Select(band =>
            (Query)NumericRangeQuery.NewInt64Range(SearchFields.Price, band.FromDong, band.BelowDong is { } below ? below - 1 : null, true, true)));
        if (filters.MinPriceDong is not null || filters.MaxPriceDong is not null)
            all.Add(NumericRangeQuery.NewInt64Range(SearchFields.Price, filters.MinPriceDong, filters.MaxPriceDong, true, true), Occur.MUST);
        if (filters.InStockOnly) all.Add(Exact(SearchFields.InStock, "1"), Occur.MUST);
        return all;
    }

    private static Query AnyField(QueryTerm term)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            if (term.Exact != term.Folded) any.Add(Boosted(new TermQuery(new Term(field, term.Exact)), boost * 2), Occur.SHOULD);
            any.Add(Boosted(new TermQuery(new Term(field, term.Folded)), boost), Occur.SHOULD);
            if (term.MaxEdits > 0 && SearchFields.ToleratesTypos(field))
                any.Add(Boosted(new FuzzyQuery(new Term(field, term.Folded), term.MaxEdits, 0, SearchFields.MaxTypoExpansions, true), boost / 2), Occur.SHOULD);
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

    private static void AddAnyOf(BooleanQuery all, IEnumerable<Query> alternatives)
    {
        var any = new BooleanQuery();
        foreach (var alternative in alternatives) any.Add(alternative, Occur.SHOULD);
        if (any.Clauses.Count > 0) all.Add(any, Occur.MUST);
    }
}
