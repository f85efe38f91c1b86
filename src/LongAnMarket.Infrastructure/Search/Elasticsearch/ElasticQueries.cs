using System.Text.Json.Nodes;
using LongAnMarket.Core.Search;

namespace LongAnMarket.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A planned query as an Elasticsearch search body, clause for clause what <see cref="Lucene.LuceneQueries"/> builds:
/// every word must match some field (as written ×2, folded, with its typo allowance, as a prefix if still being typed,
/// or as a synonym), the typed phrase in the name adds weight, filters sit in a post_filter so that each facet's
/// aggregation can drop its own filter while keeping the others.
/// </summary>
public static class ElasticQueries
{
    public const int FacetSize = 200;

    public static JsonObject SearchBody(SearchRequest request, IReadOnlyList<QueryTerm> terms)
    {
        var body = new JsonObject
        {
            ["from"] = request.Skip,
            ["size"] = request.PageSize,
            ["track_total_hits"] = true,
            ["_source"] = request.WithHighlights ? new JsonArray(SearchFields.Id, SearchFields.Name, SearchFields.Description) : new JsonArray(SearchFields.Id),
            ["query"] = Text(terms),
            ["sort"] = Sort(request.Sort, terms.Count > 0),
        };
        if (request.WithFacets) body["aggs"] = Aggregations(request.Filters);
        var filters = Filters(request.Filters, except: null);
        if (filters.Count > 0) body["post_filter"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = filters } };
        return body;
    }

    public static JsonObject Text(IReadOnlyList<QueryTerm> terms)
    {
        if (terms.Count == 0) return new JsonObject { ["match_all"] = new JsonObject() };
        var must = new JsonArray();
        foreach (var term in terms) must.Add(AnyField(term));
        var query = new JsonObject { ["must"] = must };
        var phrase = QueryTerm.PhraseWords(terms);
        if (phrase.Count > 1)
            query["should"] = new JsonArray(new JsonObject
            {
                ["match_phrase"] = new JsonObject
                {
                    [SearchFields.Name] = new JsonObject { ["query"] = string.Join(' ', phrase), ["boost"] = Lucene.LuceneQueries.PhraseBoost },
                },
            });
        return new JsonObject { ["bool"] = query };
    }

    private static JsonObject AnyField(QueryTerm term)
    {
        var should = new JsonArray();
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            if (term.Exact != term.Folded) should.Add(Leaf("term", field, term.Exact, boost * 2));
            should.Add(Leaf("term", field, term.Folded, boost));
            if (term.MaxEdits > 0 && SearchFields.ToleratesTypos(field))
            {
                var fuzzy = Leaf("fuzzy", field, term.Folded, boost / 2);
                var options = fuzzy["fuzzy"]![field]!.AsObject();
                options["fuzziness"] = term.MaxEdits;
                options["prefix_length"] = SearchFields.TypoPrefixLength;
                options["transpositions"] = true;
                options["max_expansions"] = SearchFields.MaxTypoExpansions;
                should.Add(fuzzy);
            }
            if (term.IsPrefix && SearchFields.ToleratesTypos(field)) should.Add(Leaf("prefix", field, term.Folded, boost / 2));
            foreach (var synonym in term.Synonyms) should.Add(Leaf("term", field, SearchText.Fold(synonym), boost * 0.8f));
        }
        return new JsonObject { ["bool"] = new JsonObject { ["should"] = should, ["minimum_should_match"] = 1 } };
    }

    private static JsonObject Leaf(string kind, string field, string value, float boost) => new()
    {
        [kind] = new JsonObject { [field] = new JsonObject { ["value"] = value, ["boost"] = boost } },
    };

    public static JsonArray Sort(SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.PriceAscending => new JsonArray(Order(SearchFields.Price, "asc"), Order(SearchFields.Id, "asc")),
        SearchSort.PriceDescending => new JsonArray(Order(SearchFields.Price, "desc"), Order(SearchFields.Id, "desc")),
        SearchSort.Name => new JsonArray(Order(SearchFields.NameSort, "asc"), Order(SearchFields.Id, "asc")),
        SearchSort.Relevance when hasText => new JsonArray(Order(SearchFields.InStock, "desc"), "_score", Order(SearchFields.Id, "desc")),
        _ => new JsonArray(Order(SearchFields.Created, "desc"), Order(SearchFields.Id, "desc")),
    };

    private static JsonObject Order(string field, string direction) => new() { [field] = direction };

    /// <summary>The filter clauses of every facet but <paramref name="except"/>.</summary>
    public static JsonArray Filters(SearchFilters filters, string? except)
    {
        var clauses = new JsonArray();
        void Terms(string field, IEnumerable<JsonNode?> values)
        {
            var list = new JsonArray(values.ToArray());
            if (field != except && list.Count > 0) clauses.Add(new JsonObject { ["terms"] = new JsonObject { [field] = list } });
        }
        Terms(SearchFields.CategorySlug, filters.Categories.Select(c => (JsonNode?)c));
        Terms(SearchFields.AreaSlug, filters.Areas.Select(a => (JsonNode?)a));
        Terms(SearchFields.Ocop, filters.OcopStars.Select(s => (JsonNode?)s));
        Terms(SearchFields.Certification, filters.Certifications.Select(c => (JsonNode?)c));
        if (except != SearchFields.Price && filters.PriceBands.Count > 0)
        {
            var any = new JsonArray(filters.PriceBands.Select(b => (JsonNode?)new JsonObject { ["range"] = new JsonObject { [SearchFields.Price] = Range(b) } }).ToArray());
            clauses.Add(new JsonObject { ["bool"] = new JsonObject { ["should"] = any, ["minimum_should_match"] = 1 } });
        }
        if (filters.MinPriceDong is not null || filters.MaxPriceDong is not null)
        {
            var range = new JsonObject();
            if (filters.MinPriceDong is { } min) range["gte"] = min;
            if (filters.MaxPriceDong is { } max) range["lte"] = max;
            clauses.Add(new JsonObject { ["range"] = new JsonObject { [SearchFields.Price] = range } }); // kept in every facet, bands included
        }
        if (except != SearchFields.InStock && filters.InStockOnly) clauses.Add(new JsonObject { ["term"] = new JsonObject { [SearchFields.InStock] = 1 } });
        return clauses;
    }

    private static JsonObject Range(PriceBand band)
    {
        var range = new JsonObject();
        if (band.FromDong is { } from) range["gte"] = from;
        if (band.BelowDong is { } below) range["lt"] = below;
        return range;
    }

    private static JsonObject Aggregations(SearchFilters filters)
    {
        JsonObject Within(string facet, JsonObject inner) => new()
        {
            ["filter"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = Filters(filters, except: facet) } },
            ["aggs"] = new JsonObject { ["values"] = inner },
        };
        JsonObject TermsOf(string field) => new() { ["terms"] = new JsonObject { ["field"] = field, ["size"] = FacetSize } };
        var bands = new JsonArray(PriceBand.All.Select(b =>
        {
            var range = new JsonObject { ["key"] = b.Key };
            if (b.FromDong is { } from) range["from"] = from;
            if (b.BelowDong is { } below) range["to"] = below;
            return (JsonNode?)range;
        }).ToArray());
        return new JsonObject
        {
            [SearchFields.CategorySlug] = Within(SearchFields.CategorySlug, TermsOf(SearchFields.CategorySlug)),
            [SearchFields.AreaSlug] = Within(SearchFields.AreaSlug, TermsOf(SearchFields.AreaSlug)),
            [SearchFields.Ocop] = Within(SearchFields.Ocop, TermsOf(SearchFields.Ocop)),
            [SearchFields.Certification] = Within(SearchFields.Certification, TermsOf(SearchFields.Certification)),
            [SearchFields.Price] = Within(SearchFields.Price, new JsonObject { ["range"] = new JsonObject { ["field"] = SearchFields.Price, ["ranges"] = bands } }),
            [SearchFields.InStock] = Within(SearchFields.InStock, new JsonObject { ["filter"] = new JsonObject { ["term"] = new JsonObject { [SearchFields.InStock] = 1 } } }),
        };
    }
}
