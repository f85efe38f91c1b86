using System.Globalization;
using System.Text.Json;
using LongAnMarket.Core.Search;

namespace LongAnMarket.Infrastructure.Search.Elasticsearch;

/// <summary>Reads an Elasticsearch search response (hits, total, the per-facet filter aggregations) into a <see cref="SearchResult"/>.</summary>
public static class ElasticResults
{
    public static SearchResult Read(JsonElement response, QueryPlan plan)
    {
        var hits = response.GetProperty("hits");
        var total = hits.GetProperty("total").GetProperty("value").GetInt32();
        var found = hits.GetProperty("hits").EnumerateArray().Select(hit =>
        {
            var source = hit.GetProperty("_source");
            var name = source.TryGetProperty(SearchFields.Name, out var n) ? n.GetString() ?? "" : "";
            var description = source.TryGetProperty(SearchFields.Description, out var d) ? d.GetString() ?? "" : "";
            return new SearchHit(source.GetProperty(SearchFields.Id).GetInt32(), SearchHighlighter.Mark(name, plan),
                plan.IsEmpty ? null : SearchHighlighter.Snippet(description, plan)) { Name = name };
        }).ToList();
        return new SearchResult(found, total, Facets(response.TryGetProperty("aggregations", out var a) ? a : default));
    }

    private static SearchFacets Facets(JsonElement aggregations)
    {
        if (aggregations.ValueKind != JsonValueKind.Object) return SearchFacets.Empty;
        IReadOnlyList<FacetCount> Buckets(string facet) =>
            aggregations.GetProperty(facet).GetProperty("values").GetProperty("buckets").EnumerateArray()
                .Select(b => new FacetCount(Key(b.GetProperty("key")), b.GetProperty("doc_count").GetInt32()))
                .Where(c => c.Count > 0).ToList();
        var ocop = Buckets(SearchFields.Ocop).Where(c => c.Key != "0").OrderByDescending(c => c.Key, StringComparer.Ordinal).ToList();
        var bands = aggregations.GetProperty(SearchFields.Price).GetProperty("values").GetProperty("buckets").EnumerateArray()
            .Select(b => new FacetCount(b.GetProperty("key").GetString()!, b.GetProperty("doc_count").GetInt32())).Where(c => c.Count > 0).ToList();
        return new SearchFacets(Ordered(Buckets(SearchFields.CategorySlug)), Ordered(Buckets(SearchFields.AreaSlug)), ocop,
            Ordered(Buckets(SearchFields.Certification)), bands,
            aggregations.GetProperty(SearchFields.InStock).GetProperty("values").GetProperty("doc_count").GetInt32());
    }

    /// <summary>Most products first, then by key: the order the Lucene engine gives, so pages look the same on both.</summary>
    private static IReadOnlyList<FacetCount> Ordered(IReadOnlyList<FacetCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    private static string Key(JsonElement key) => key.ValueKind == JsonValueKind.Number
        ? key.GetInt64().ToString(CultureInfo.InvariantCulture)
        : key.GetString() ?? "";
}
