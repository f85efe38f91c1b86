using LongAnMarket.Core.Search;
using LongAnMarket.Infrastructure.Search;
using LongAnMarket.Infrastructure.Search.Elasticsearch;
using LongAnMarket.Infrastructure.Search.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace LongAnMarket.Tests.Infrastructure.Search;

/// <summary>
/// The engines behind search, each loaded with <see cref="ContractCatalog"/>: Lucene always; Elasticsearch as well when
/// LONGAN_TEST_ELASTICSEARCH_URL names a server (see README), so both are held to the same cases.
/// </summary>
public sealed class SearchEngines : IAsyncLifetime
{
    public const string ElasticsearchVariable = "LONGAN_TEST_ELASTICSEARCH_URL";
    private readonly string _folder = Directory.CreateTempSubdirectory("longan-search-").FullName;
    private readonly Dictionary<string, ProductSearch> _engines = [];
    private LuceneIndex? _luceneIndex;

    public static IEnumerable<string> Names()
    {
        yield return "Lucene";
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ElasticsearchVariable))) yield return "Elasticsearch";
    }

    /// <summary>The engine behind the query rewriter, as the app searches it.</summary>
    public ProductSearch this[string name] => _engines[name];

    public async Task InitializeAsync()
    {
        var rewriter = new QueryRewriter(new SynonymTable(ContractCatalog.Synonyms));
        _luceneIndex = new LuceneIndex(Path.Combine(_folder, "lucene"), NullLogger.Instance);
        var lucene = new LuceneSearchEngine(_luceneIndex);
        await lucene.RebuildAsync(Batches(), 0, null, CancellationToken.None);
        _engines["Lucene"] = new ProductSearch(lucene, rewriter);

        if (Environment.GetEnvironmentVariable(ElasticsearchVariable) is { Length: > 0 } url)
        {
            var options = new ElasticsearchOptions { Url = url, Alias = "longan-contract-" + Guid.NewGuid().ToString("N")[..8] };
            var elasticsearch = new ElasticsearchSearchEngine(ElasticsearchConnection.Create(options), options,
                NullLogger<ElasticsearchSearchEngine>.Instance);
            await elasticsearch.RebuildAsync(Batches(), 0, null, CancellationToken.None);
            _engines["Elasticsearch"] = new ProductSearch(elasticsearch, rewriter);
        }
    }

    private static async IAsyncEnumerable<IReadOnlyList<SearchDocument>> Batches()
    {
        await Task.Yield();
        yield return ContractCatalog.Products.Take(10).ToList();
        yield return ContractCatalog.Products.Skip(10).ToList();
    }

    public Task DisposeAsync()
    {
        _luceneIndex?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

public sealed class SearchEngineContractTests(SearchEngines engines) : IClassFixture<SearchEngines>
{
    public static IEnumerable<object[]> Cases() =>
        SearchEngines.Names().SelectMany(engine => ContractCases.All.Select(c => new object[] { engine, c.Name }));

    public static IEnumerable<object[]> HostileInputs() =>
        SearchEngines.Names().SelectMany(engine => ContractCases.Hostile.Select((_, i) => new object[] { engine, i }));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_engine_answers_each_relevance_case(string engine, string caseName)
    {
        var @case = ContractCases.All.Single(c => c.Name == caseName);
        var result = await engines[engine].SearchAsync(Request(@case.Query, @case.Filters ?? SearchFilters.None, @case.Sort, @case.Page, @case.PageSize),
            CancellationToken.None);
        var ids = result.Hits.Select(h => h.ProductId).ToList();
        var shown = string.Join(", ", ids.Select(id => $"{id} {ContractCatalog.NameOf(id)}"));
        if (@case.First is { } first) Assert.True(ids.Take(first.Length).SequenceEqual(first), $"expected first {string.Join(",", first)}; got {shown}");
        foreach (var id in @case.Includes ?? []) Assert.True(ids.Contains(id), $"expected {id} {ContractCatalog.NameOf(id)}; got {shown}");
        foreach (var id in @case.Excludes ?? []) Assert.False(ids.Contains(id), $"did not expect {id} {ContractCatalog.NameOf(id)}; got {shown}");
        if (@case.Total is { } total) Assert.Equal(total, result.Total);
        Assert.True(result.Hits.Count <= @case.PageSize);
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task Hostile_input_is_plain_text_to_each_engine(string engine, int index)
    {
        var query = SearchText.NormalizeQuery(ContractCases.Hostile[index]);
        Assert.True(query.Length <= SearchText.MaxQueryLength);
        var result = await engines[engine].SearchAsync(Request(query, SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None);
        Assert.InRange(result.Total, 0, ContractCatalog.Products.Count);
        Assert.All(result.Hits, h => Assert.DoesNotContain("<script", h.NameHtml + h.SnippetHtml));
        var suggestions = await engines[engine].SearchAsync(Request(query, SearchFilters.None, SearchSort.Relevance, 1, 5), CancellationToken.None);
        Assert.True(suggestions.Hits.Count <= 5); // the size the search box's suggestions ask for
    }

    [Fact]
    public async Task Facet_counts_for_one_facet_ignore_its_own_choice_and_apply_the_others()
    {
        var filters = new SearchFilters { Categories = ["trai-cay"], Areas = ["ben-luc"] };
        foreach (var engine in SearchEngines.Names())
        {
            var result = await engines[engine].SearchAsync(Request("", filters, SearchSort.Newest, 1, 10), CancellationToken.None);
            Assert.Equal(2, result.Total);
            // Categories are counted within Bến Lức (area filter kept, category filter dropped): fruit 2, dried goods 1, drinks 1.
            Assert.Equal([("trai-cay", 2), ("do-kho", 1), ("do-uong", 1)], result.Facets.Categories.Select(c => (c.Key, c.Count)).ToArray());
            // Areas are counted within fruit: Châu Thành 3, Bến Lức 2.
            Assert.Equal([("chau-thanh", 3), ("ben-luc", 2)], result.Facets.Areas.Select(a => (a.Key, a.Count)).ToArray());
            Assert.Equal([("3", 2)], result.Facets.OcopStars.Select(s => (s.Key, s.Count)).ToArray());
            Assert.Equal(2, result.Facets.InStock);
            Assert.Contains(result.Facets.Certifications, c => c is { Key: "vietgap", Count: 1 });
            Assert.Equal([("duoi-100k", 2)], result.Facets.PriceBands.Select(b => (b.Key, b.Count)).ToArray());
        }
    }

    [Fact]
    public async Task Matched_words_are_marked_and_everything_else_is_encoded()
    {
        foreach (var engine in SearchEngines.Names())
        {
            var result = await engines[engine].SearchAsync(Request("gao nang thom", SearchFilters.None, SearchSort.Relevance, 1, 1), CancellationToken.None);
            Assert.Equal("<mark>Gạo</mark> <mark>Nàng</mark> <mark>Thơm</mark> Chợ Đào", result.Hits[0].NameHtml);
            Assert.Contains("<mark>thơm</mark>", result.Hits[0].SnippetHtml);
        }
    }

    [Fact]
    public async Task Words_that_together_find_nothing_are_left_out_the_fewest_first_and_the_page_says_which()
    {
        foreach (var engine in SearchEngines.Names())
        {
            var unknown = await engines[engine].SearchAsync(Request("gao nang thom xyzzy", SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None);
            Assert.Equal(["xyzzy"], unknown.Interpretation.Dropped);
            Assert.Equal("gao nang thom", unknown.Interpretation.ShowingFor);
            Assert.Equal(1, unknown.Hits[0].ProductId);

            // Every word is in the index, but no product holds them all: the word whose absence finds most is left out.
            var apart = await engines[engine].SearchAsync(Request("mật ong nón lá", SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None);
            Assert.Equal(2, apart.Interpretation.Dropped.Count);
            Assert.True(apart.Total > 0);
        }
    }

    [Fact]
    public async Task A_southern_spelling_finds_what_was_meant_and_offers_the_correction_with_its_diacritics()
    {
        foreach (var engine in SearchEngines.Names())
        {
            var result = await engines[engine].SearchAsync(Request("lap suong", SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None);
            Assert.Equal([4, 5], result.Hits.Take(2).Select(h => h.ProductId).Order().ToArray()); // then Chả lụa, in the category “Lạp xưởng & chả”
            Assert.Equal("lap xuong", SearchText.Fold(result.Interpretation.DidYouMean!)); // as the best product writes it: xưởng or xường
            Assert.NotEqual("lap xuong", result.Interpretation.DidYouMean);

            var typo = await engines[engine].SearchAsync(Request("gao nag thom", SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None);
            Assert.Equal(1, typo.Hits[0].ProductId);
            Assert.Equal("gạo nàng thơm", typo.Interpretation.DidYouMean);
            Assert.Equal("gạo nàng thơm", typo.Interpretation.ShowingFor); // the words as typed found nothing: the page says what it shows

            var clean = await engines[engine].SearchAsync(Request("gạo nàng thơm", SearchFilters.None, SearchSort.Relevance, 1, 10), CancellationToken.None);
            Assert.Equal(QueryInterpretation.AsTyped, clean.Interpretation);
        }
    }

    private static SearchRequest Request(string text, SearchFilters filters, SearchSort sort, int page, int pageSize) =>
        new(SearchText.NormalizeQuery(text), filters, sort, page, pageSize);
}
