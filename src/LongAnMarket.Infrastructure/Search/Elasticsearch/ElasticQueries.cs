using System.Text.Json.Nodes;
using LongAnMarket.Core.Search;

namespace LongAnMarket.Infrastructure.Search.Elasticsearch;

/// <summary>
/// A planned query as an Elasticsearch search body, clause for clause what <see cref="Lucene.LuceneQueries"/> builds:
/// every clause must match some field (each word in its forms, weighted by how it came about, as a prefix if still
/// being typed, or a synonym phrase), the typed phrase in the name adds weight (span_near over span_or), filters sit
/// in a post_filter so that each facet's aggregation can drop its own filter while keeping the others.
/// </summary>
public static class ElasticQueries
{
    public const int FacetSize = 200;

    public static JsonObject SearchBody(SearchRequest request, QueryPlan plan)
    {
        var body = new JsonObject
        {
            ["from"] = request.Skip,
            ["size"] = request.PageSize,
            ["track_total_hits"] = true,
            ["_source"] = request.WithHighlights ? new JsonArray(SearchFields.Id, SearchFields.Name, SearchFields.Description) : new JsonArray(SearchFields.Id),
            ["query"] = Text(plan),
            ["sort"] = Sort(request.Sort, !plan.IsEmpty),
        };
        if (request.WithFacets) body["aggs"] = Aggregations(request.Filters);
        var filters = Filters(request.Filters, except: null);
        if (filters.Count > 0) body["post_filter"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = filters } };
        return body;
    }

    public static JsonObject Text(QueryPlan plan)
    {
        if (plan.IsEmpty) return new JsonObject { ["match_all"] = new JsonObject() };
        var must = new JsonArray();
        var should = new JsonArray();
        foreach (var clause in plan.Clauses) must.Add(Clause(plan, clause));
        if (plan.Phrase.Count > 1)
        {
            should.Add(Near(plan.Phrase, 0, Lucene.LuceneQueries.PhraseBoost));
            should.Add(Near(plan.Phrase, Lucene.LuceneQueries.NearSlop, Lucene.LuceneQueries.NearBoost));
        }
        var query = new JsonObject { ["must"] = must };
        if (should.Count > 0) query["should"] = should;
        return new JsonObject { ["bool"] = query };
    }

    private static JsonObject Clause(QueryPlan plan, QueryClause clause)
    {
        var words = clause.Words.Count == 1 ? AnyField(plan, clause.Words[0])
            : new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray(clause.Words.Select(w => (JsonNode?)AnyField(plan, w)).ToArray()) } };
        if (clause.Synonyms.Count == 0) return words;
        var should = new JsonArray(words);
        foreach (var phrase in clause.Synonyms) should.Add(Synonym(plan, phrase));
        return Any(should);
    }

    private static JsonObject AnyField(QueryPlan plan, QueryTerm term)
    {
        var should = new JsonArray();
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            foreach (var form in term.Forms)
                if (SearchFields.Searched(plan, field, form.Kind))
                    should.Add(Leaf("term", field, form.Word, boost * form.Weight));
            if (term.IsPrefix && SearchFields.SearchedAsPrefix(field)) should.Add(Leaf("prefix", field, term.Folded, boost * QueryTerm.PrefixWeight));
        }
        return Any(should);
    }

    /// <summary>
    /// A phrase of a synonym group, matched as if its words had been typed: each in some field, the name holding
    /// them in order adding weight.
    /// </summary>
    private static JsonObject Synonym(QueryPlan plan, IReadOnlyList<string> words)
    {
        var weight = new TermForm("", MatchKind.Synonym).Weight;
        var must = new JsonArray(words.Select(word => (JsonNode?)Any(new JsonArray(SearchFields.Weighted
            .Where(f => SearchFields.Searched(plan, f.Field, MatchKind.Synonym))
            .Select(f => (JsonNode?)Leaf("term", f.Field, word, f.Boost * weight)).ToArray()))).ToArray());
        var query = new JsonObject { ["must"] = must };
        if (words.Count > 1) query["should"] = new JsonArray(Phrase(SearchFields.Name, words, Lucene.LuceneQueries.PhraseBoost * weight));
        return new JsonObject { ["bool"] = query };
    }

    private static JsonObject Phrase(string field, IReadOnlyList<string> words, float boost) =>
        new() { ["match_phrase"] = new JsonObject { [field] = new JsonObject { ["query"] = string.Join(' ', words), ["boost"] = boost } } };

    /// <summary>The phrase's words in the name, in order, with at most <paramref name="slop"/> other words between them.</summary>
    private static JsonObject Near(IReadOnlyList<IReadOnlyList<string>> phrase, int slop, float boost)
    {
        JsonObject SpanTerm(string word) => new() { ["span_term"] = new JsonObject { [SearchFields.Name] = word } };
        var clauses = new JsonArray(phrase.Select(words => (JsonNode?)(words.Count == 1 ? SpanTerm(words[0])
            : new JsonObject { ["span_or"] = new JsonObject { ["clauses"] = new JsonArray(words.Select(w => (JsonNode?)SpanTerm(w)).ToArray()) } })).ToArray());
        return new JsonObject { ["span_near"] = new JsonObject { ["clauses"] = clauses, ["slop"] = slop, ["in_order"] = true, ["boost"] = boost } };
    }

    private static JsonObject Any(JsonArray should) => new() { ["bool"] = new JsonObject { ["should"] = should, ["minimum_should_match"] = 1 } };

    private static JsonObject Leaf(string kind, string field, string value, float boost) => new()
    {
        [kind] = new JsonObject { [field] = new JsonObject { ["value"] = value, ["boost"] = boost } },
    };

    public static JsonArray Sort(SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.PriceAscending => new JsonArray(Order(SearchFields.Price, "asc"), Order(SearchFields.Id, "asc")),
        SearchSort.PriceDescending => new JsonArray(Order(SearchFields.Price, "desc"), Order(SearchFields.Id, "desc")),
        SearchSort.Rating => new JsonArray(Order(SearchFields.Rating, "desc"), Order(SearchFields.Id, "desc")),
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
