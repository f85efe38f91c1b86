using System.Text.Json.Nodes;
using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Infrastructure.Search.Elasticsearch;
using Microsoft.Extensions.Logging.Abstractions;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace LongAnMarket.Tests.Infrastructure.Search.Elasticsearch;

/// <summary>
/// What the Elasticsearch adapter sends (checked field by field) and how it reads the answers, over Elastic.Transport's
/// in-memory invoker with responses shaped after the Elasticsearch 9 REST documentation.
/// </summary>
public sealed class ElasticsearchAdapterTests
{
    private static (ElasticsearchSearchEngine Engine, RecordedElasticsearch Server) Engine(Action<RecordedElasticsearch> routes)
    {
        var server = new RecordedElasticsearch();
        routes(server);
        var options = new ElasticsearchOptions { Url = "http://search.test:9200", Alias = "longan-products" };
        var client = ElasticsearchConnection.Create(options, server);
        return (new ElasticsearchSearchEngine(client, options, NullLogger<ElasticsearchSearchEngine>.Instance), server);
    }

    /// <summary>The contract catalogue's words, as the index would hold them, and its synonyms: what the rewriter plans against.</summary>
    internal static readonly SearchVocabulary Vocabulary = new(ContractCatalog.Products.SelectMany(ElasticIndexDefinition.VocabularyOf)
        .GroupBy(w => w).Select(g => (g.Key, g.Count())));

    internal static readonly QueryRewriter Rewriter = new(new SynonymTable(ContractCatalog.Synonyms));

    [Fact]
    public async Task A_search_sends_every_word_to_every_weighted_field_with_its_forms_prefix_synonyms_and_phrase()
    {
        var (engine, server) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_search", "search.json"));
        var filters = new SearchFilters { Categories = ["gao"], Areas = ["can-duoc", "tan-an"], PriceBands = [PriceBand.Find("100k-200k")!], InStockOnly = true };
        await engine.SearchAsync(new SearchRequest("Gạo nàng thơm", filters, SearchSort.Relevance, 2, 10) { Plan = Rewriter.Plan("Gạo nàng thơm", Vocabulary) },
            CancellationToken.None);

        var (method, path, body) = Assert.Single(server.Requests);
        Assert.Equal(HttpMethod.POST, method);
        Assert.Equal("/longan-products/_search", path);
        var request = JsonNode.Parse(body!)!;
        Assert.Equal(10, (int)request["from"]!);
        Assert.Equal(10, (int)request["size"]!);
        Assert.True((bool)request["track_total_hits"]!);
        Assert.Equal(["id", "name", "description"], request["_source"]!.AsArray().Select(n => (string)n!));

        var must = request["query"]!["bool"]!["must"]!.AsArray();
        Assert.Equal(3, must.Count); // every word must match
        var gao = must[0]!["bool"]!;
        Assert.Equal(1, (int)gao["minimum_should_match"]!);
        var gaoClauses = gao["should"]!.AsArray();
        Assert.Contains(gaoClauses, c => (string?)c!["term"]?["name"]?["value"] == "gạo" && (float)c["term"]!["name"]!["boost"]! == 10f);
        Assert.Contains(gaoClauses, c => (string?)c!["term"]?["name"]?["value"] == "gao" && (float)c["term"]!["name"]!["boost"]! == 5f);
        Assert.Contains(gaoClauses, c => (string?)c!["term"]?["producer"]?["value"] == "gao" && (float)c["term"]!["producer"]!["boost"]! == 3f);
        Assert.Contains(gaoClauses, c => (string?)c!["term"]?["category"]?["value"] == "gao" && (float)c["term"]!["category"]!["boost"]! == 2f);
        Assert.Contains(gaoClauses, c => (string?)c!["term"]?["description"]?["value"] == "gao" && (float)c["term"]!["description"]!["boost"]! == 1f);
        Assert.DoesNotContain("fuzzy", body); // corrections are words the index holds, planned before the request

        // "thơm" is in a synonym group: the word in its forms, or khóm, or dứa.
        var thom = must[2]!["bool"]!["should"]!.AsArray();
        var typed = thom[0]!["bool"]!["should"]!.AsArray();
        Assert.Contains(typed, c => (string?)c!["prefix"]?["name"]?["value"] == "thom"); // the word still being typed
        Assert.Contains(thom, c => (string?)c!["bool"]?["must"]?[0]?["bool"]?["should"]?[0]?["term"]?["name"]?["value"] == "khóm");
        Assert.Contains(thom, c => (string?)c!["bool"]?["must"]?[0]?["bool"]?["should"]?[0]?["term"]?["name"]?["value"] == "dứa"); // as written: "dua" would find watermelons

        var phrase = request["query"]!["bool"]!["should"]![0]!["span_near"]!;
        Assert.Equal(0, (int)phrase["slop"]!);
        Assert.True((bool)phrase["in_order"]!);
        Assert.Equal(10f, (float)phrase["boost"]!);
        Assert.Equal(["gạo", "gao"], phrase["clauses"]![0]!["span_or"]!["clauses"]!.AsArray().Select(c => (string)c!["span_term"]!["name"]!));
        Assert.Equal(3, phrase["clauses"]!.AsArray().Count); // "thơm" is a whole word the index holds, so it is part of the phrase
        Assert.Equal(3, (int)request["query"]!["bool"]!["should"]![1]!["span_near"]!["slop"]!); // near each other

        Assert.Equal("""[{"in_stock":"desc"},"_score",{"id":"desc"}]""", request["sort"]!.ToJsonString());
        var postFilter = request["post_filter"]!["bool"]!["filter"]!.AsArray();
        Assert.Equal("""{"terms":{"category_slug":["gao"]}}""", postFilter[0]!.ToJsonString());
        Assert.Equal("""{"terms":{"area_slug":["can-duoc","tan-an"]}}""", postFilter[1]!.ToJsonString());
        Assert.Equal("""{"bool":{"should":[{"range":{"price":{"gte":100000,"lt":200000}}}],"minimum_should_match":1}}""", postFilter[2]!.ToJsonString());
        Assert.Equal("""{"term":{"in_stock":1}}""", postFilter[3]!.ToJsonString());

        // Each facet's counts apply every filter but its own.
        var aggs = request["aggs"]!;
        var categoryFilters = aggs["category_slug"]!["filter"]!["bool"]!["filter"]!.AsArray().Select(f => f!.ToJsonString()).ToList();
        Assert.DoesNotContain(categoryFilters, f => f.Contains("category_slug"));
        Assert.Contains(categoryFilters, f => f.Contains("area_slug"));
        Assert.Equal("""{"terms":{"field":"category_slug","size":200}}""", aggs["category_slug"]!["aggs"]!["values"]!.ToJsonString());
        var areaFilters = aggs["area_slug"]!["filter"]!["bool"]!["filter"]!.AsArray().Select(f => f!.ToJsonString()).ToList();
        Assert.Contains(areaFilters, f => f.Contains("category_slug"));
        Assert.DoesNotContain(areaFilters, f => f.Contains("area_slug"));
        Assert.Equal("""{"field":"price","ranges":[{"key":"duoi-100k","to":100000},{"key":"100k-200k","from":100000,"to":200000},{"key":"200k-500k","from":200000,"to":500000},{"key":"tren-500k","from":500000}]}""",
            aggs["price"]!["aggs"]!["values"]!["range"]!.ToJsonString());
        Assert.DoesNotContain(aggs["price"]!["filter"]!.ToJsonString(), "\"price\"");
        Assert.Equal("""{"filter":{"term":{"in_stock":1}}}""", aggs["in_stock"]!["aggs"]!["values"]!.ToJsonString());
    }

    [Fact]
    public async Task The_answer_becomes_hits_with_marked_names_a_total_and_facet_counts()
    {
        var (engine, _) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_search", "search.json"));
        var result = await engine.SearchAsync(new SearchRequest("gao nang thom", SearchFilters.None, SearchSort.Relevance, 1, 24), CancellationToken.None);

        Assert.Equal(12, result.Total);
        Assert.Equal([1, 2], result.Hits.Select(h => h.ProductId));
        Assert.Equal("<mark>Gạo</mark> <mark>Nàng</mark> <mark>Thơm</mark> Chợ Đào", result.Hits[0].NameHtml);
        Assert.Equal("<mark>Gạo</mark> tấm &lt;<mark>Nàng</mark>&gt; <mark>Thơm</mark>", result.Hits[1].NameHtml);
        Assert.Contains("<mark>thơm</mark>", result.Hits[0].SnippetHtml);
        Assert.Equal([("gao", 9), ("qua-tang", 3)], result.Facets.Categories.Select(c => (c.Key, c.Count)));
        Assert.Equal([("can-duoc", 7), ("tan-an", 2)], result.Facets.Areas.Select(c => (c.Key, c.Count)));
        Assert.Equal([("4", 3), ("3", 4)], result.Facets.OcopStars.Select(c => (c.Key, c.Count))); // "no stars" (0) is not a choice
        Assert.Equal([("ocop", 7), ("vietgap", 2)], result.Facets.Certifications.Select(c => (c.Key, c.Count)));
        Assert.Equal([("duoi-100k", 6), ("100k-200k", 6)], result.Facets.PriceBands.Select(c => (c.Key, c.Count)));
        Assert.Equal(11, result.Facets.InStock);
    }

    [Fact]
    public async Task Without_text_it_matches_everything_newest_first_and_other_sorts_are_by_price()
    {
        var (engine, server) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_search", "search.json"));
        await engine.SearchAsync(new SearchRequest("", SearchFilters.None, SearchSort.Relevance, 1, 24), CancellationToken.None);
        await engine.SearchAsync(new SearchRequest("gạo", SearchFilters.None, SearchSort.PriceAscending, 1, 24), CancellationToken.None);
        await engine.SearchAsync(new SearchRequest("gạo", SearchFilters.None, SearchSort.PriceDescending, 1, 24), CancellationToken.None);
        await engine.SearchAsync(new SearchRequest("", SearchFilters.None, SearchSort.Rating, 1, 24), CancellationToken.None);

        var bodies = server.Requests.Select(r => JsonNode.Parse(r.Body!)!).ToList();
        Assert.Equal("""{"match_all":{}}""", bodies[0]["query"]!.ToJsonString());
        Assert.Null(bodies[0]["post_filter"]);
        Assert.Equal("""[{"created":"desc"},{"id":"desc"}]""", bodies[0]["sort"]!.ToJsonString());
        Assert.Equal("""[{"price":"asc"},{"id":"asc"}]""", bodies[1]["sort"]!.ToJsonString());
        Assert.Equal("""[{"price":"desc"},{"id":"desc"}]""", bodies[2]["sort"]!.ToJsonString());
        // The rating order, whole request pinned (Snapshots/sort-rating.json): the indexed key, best first, then the ID.
        Assert.Equal("""[{"rating":"desc"},{"id":"desc"}]""", bodies[3]["sort"]!.ToJsonString());
        QuerySnapshotTests.AssertSnapshot("sort-rating", bodies[3].ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    [Fact]
    public async Task A_rebuild_creates_an_index_with_the_analysis_and_mappings_fills_it_in_bulk_and_swaps_the_alias_at_once()
    {
        var (engine, server) = Engine(s => s
            .On(HttpMethod.PUT, "/longan-products-", "create-index.json")
            .On(HttpMethod.POST, "/longan-products-", "bulk-ok.json")
            .On(HttpMethod.GET, "/_alias/longan-products", "alias.json")
            .On(HttpMethod.POST, "/_aliases", "acknowledged.json")
            .On(HttpMethod.DELETE, "/longan-products-", "acknowledged.json"));
        await engine.RebuildAsync(Batches(), watermark: 41, null, CancellationToken.None);

        var create = server.Requests[0];
        Assert.Equal(HttpMethod.PUT, create.Method);
        Assert.Matches("^/longan-products-\\d{17}$", create.Path);
        var index = create.Path[1..];
        var definition = JsonNode.Parse(create.Body!)!;
        Assert.Equal(ElasticIndexDefinition.Analysis().ToJsonString(), definition["settings"]!["analysis"]!.ToJsonString());
        Assert.Equal("-1", (string)definition["settings"]!["refresh_interval"]!);
        Assert.Equal("strict", (string)definition["mappings"]!["dynamic"]!);
        Assert.Equal("""{"type":"text","analyzer":"longan_vi"}""", definition["mappings"]!["properties"]!["name"]!.ToJsonString());
        Assert.Equal("""{"type":"keyword"}""", definition["mappings"]!["properties"]!["category_slug"]!.ToJsonString());

        var bulks = server.Requests.Where(r => r.Path == $"/{index}/_bulk").ToList();
        Assert.Equal(2, bulks.Count);
        var lines = bulks[0].Body!.Split('\n');
        Assert.Equal("", lines[^1]); // NDJSON ends with a newline
        Assert.Equal("""{"index":{"_id":"1","version":41,"version_type":"external_gte"}}""", lines[0]); // every copy carries the watermark
        var first = JsonNode.Parse(lines[1])!;
        Assert.Equal("Gạo Nàng Thơm Chợ Đào", (string)first["name"]!);
        Assert.Equal(["ocop", "vietgap"], first["cert"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(180_000, (long)first["price"]!);
        Assert.Equal(1, (int)first["in_stock"]!);

        Assert.Contains(server.Requests, r => r.Method == HttpMethod.PUT && r.Path == $"/{index}/_settings" && r.Body!.Contains("\"refresh_interval\":\"1s\""));
        Assert.Contains(server.Requests, r => r.Method == HttpMethod.POST && r.Path == $"/{index}/_refresh");
        var swap = JsonNode.Parse(server.Requests.Single(r => r.Path == "/_aliases").Body!)!["actions"]!.AsArray();
        Assert.Equal("""{"remove":{"index":"longan-products-20261101000000000","alias":"longan-products"}}""", swap[0]!.ToJsonString());
        Assert.Equal("{\"add\":{\"index\":\"" + index + "\",\"alias\":\"longan-products\",\"is_write_index\":true}}", swap[1]!.ToJsonString());
        Assert.Equal((HttpMethod.DELETE, "/longan-products-20261101000000000"), (server.Requests[^1].Method, server.Requests[^1].Path));
    }

    [Fact]
    public async Task Changes_go_through_the_alias_in_bulk_and_a_refused_action_is_an_error()
    {
        var (engine, server) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_bulk", "bulk-ok.json"));
        Assert.True(await engine.ApplyAsync(new SearchChanges([ContractCatalog.Products[0]], [9], Version: 57, From: 50, Through: 55), CancellationToken.None));
        var (_, path, body) = Assert.Single(server.Requests);
        Assert.Equal("/longan-products/_bulk?require_alias=true", path); // never auto-creates an index
        var lines = body!.Split('\n');
        Assert.Equal("""{"index":{"_id":"1","version":57,"version_type":"external_gte"}}""", lines[0]);
        Assert.Equal("""{"delete":{"_id":"9","version":57,"version_type":"external_gte"}}""", lines[2]);
        Assert.Equal("", lines[3]);

        var (failing, _) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_bulk", "bulk-with-error.json"));
        var error = await Assert.ThrowsAsync<SearchEngineException>(() =>
            failing.ApplyAsync(new SearchChanges(ContractCatalog.Products.Take(2).ToList(), [], 57, 50, 55), CancellationToken.None));
        Assert.Contains("document_parsing_exception", error.Message);
    }

    [Fact]
    public async Task An_older_copy_refused_for_its_version_is_no_error_the_cluster_keeps_the_newer()
    {
        var (engine, server) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_bulk", "bulk-stale.json"));
        Assert.True(await engine.ApplyAsync(new SearchChanges([ContractCatalog.Products[0]], [], Version: 41, From: 40, Through: 41), CancellationToken.None));
        Assert.StartsWith("""{"index":{"_id":"1","version":41,"version_type":"external_gte"}}""", Assert.Single(server.Requests).Body);
    }

    [Fact]
    public async Task An_empty_batch_sends_nothing_the_position_lives_in_the_database()
    {
        var (engine, server) = Engine(_ => { });
        Assert.True(await engine.ApplyAsync(new SearchChanges([], [], 60, 55, 60), CancellationToken.None));
        Assert.Empty(server.Requests);
        Assert.Null(engine.KeptPosition);
        Assert.True(engine.IsShared);
        Assert.Equal("elasticsearch:longan-products", engine.Reader);
    }

    [Fact]
    public async Task The_index_words_are_read_with_one_terms_aggregation_and_kept_for_a_while()
    {
        var (engine, server) = Engine(s => s.On(HttpMethod.POST, "/longan-products/_search", "vocabulary.json"));
        var vocabulary = await engine.VocabularyAsync(CancellationToken.None);
        Assert.True(vocabulary.Contains("gao"));
        Assert.Equal("xưởng", vocabulary.Spelling("xuong")); // two products write xưởng, one xường
        await engine.VocabularyAsync(CancellationToken.None);
        var (_, path, body) = Assert.Single(server.Requests); // the second call is answered from memory
        Assert.Equal("/longan-products/_search", path);
        Assert.Equal("""{"size":0,"aggs":{"words":{"terms":{"field":"vocabulary","size":60000}}}}""", body);
    }

    [Fact]
    public async Task The_words_are_read_again_after_this_instance_writes_to_the_index()
    {
        var (engine, server) = Engine(s => s
            .On(HttpMethod.POST, "/longan-products/_search", "vocabulary.json")
            .On(HttpMethod.POST, "/longan-products/_bulk", "bulk-ok.json"));
        await engine.VocabularyAsync(CancellationToken.None);
        await engine.ApplyAsync(new SearchChanges(ContractCatalog.Products.Take(1).ToList(), [], 2, 1, 2), CancellationToken.None);
        await engine.VocabularyAsync(CancellationToken.None);
        await engine.ApplyAsync(new SearchChanges([], [ContractCatalog.Products[0].ProductId], 3, 2, 3), CancellationToken.None);
        await engine.VocabularyAsync(CancellationToken.None);
        Assert.Equal(["_search", "_bulk", "_search", "_bulk", "_search"], server.Requests.Select(r => r.Path.Split('/').Last().Split('?')[0]));
    }

    [Fact]
    public void Each_product_carries_its_words_as_written_and_folded_for_the_vocabulary()
    {
        var words = ElasticIndexDefinition.VocabularyOf(ContractCatalog.Products[0]).ToList(); // Gạo Nàng Thơm Chợ Đào, "Túi 5kg."
        Assert.Contains("gạo", words);
        Assert.Contains("gao", words);
        Assert.DoesNotContain("5", words); // numbers are never corrected
        Assert.Equal(words.Distinct().Count(), words.Count);
        Assert.Equal("keyword", (string)ElasticIndexDefinition.Body()["mappings"]!["properties"]![SearchFields.Vocabulary]!["type"]!);
        Assert.Equal(ElasticIndexDefinition.Schema, (int)ElasticIndexDefinition.Body()["mappings"]!["_meta"]!["schema"]!);
    }

    [Fact]
    public async Task An_index_made_with_an_older_mapping_is_rebuilt_at_start()
    {
        var (old, _) = Engine(s => s.On(HttpMethod.GET, "/_alias/longan-products", "alias.json").On(HttpMethod.GET, "/longan-products/_mapping", "mapping-old.json"));
        Assert.True(await old.IsEmptyAsync(CancellationToken.None));
        var (beforeRatings, _) = Engine(s => s.On(HttpMethod.GET, "/_alias/longan-products", "alias.json").On(HttpMethod.GET, "/longan-products/_mapping", "mapping-before-ratings.json"));
        Assert.True(await beforeRatings.IsEmptyAsync(CancellationToken.None)); // schema 2 has no rating field to sort by
        var (current, _) = Engine(s => s.On(HttpMethod.GET, "/_alias/longan-products", "alias.json").On(HttpMethod.GET, "/longan-products/_mapping", "mapping-current.json"));
        Assert.False(await current.IsEmptyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_alias_means_no_index_yet_and_an_unreachable_node_is_a_reported_problem()
    {
        var (fresh, _) = Engine(s => s.On(HttpMethod.GET, "/_alias/longan-products", "alias-missing.json", status: 404));
        Assert.True(await fresh.IsEmptyAsync(CancellationToken.None));

        var (healthy, _) = Engine(s => s.On(HttpMethod.GET, "/_cluster/health", "cluster-health.json"));
        Assert.Null(await healthy.ProblemAsync(CancellationToken.None));

        var (down, _) = Engine(s => s.On(HttpMethod.GET, "/_cluster/health", null).On(HttpMethod.POST, "/longan-products/_search", null));
        Assert.NotNull(await down.ProblemAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SearchEngineException>(() => down.SearchAsync(new SearchRequest("gạo", SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None));
    }

    private static async IAsyncEnumerable<IReadOnlyList<SearchDocument>> Batches()
    {
        await Task.Yield();
        yield return ContractCatalog.Products.Take(10).ToList();
        yield return ContractCatalog.Products.Skip(10).ToList();
    }
}
