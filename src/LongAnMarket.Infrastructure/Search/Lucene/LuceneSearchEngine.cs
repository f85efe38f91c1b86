using System.Globalization;
using LongAnMarket.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>The embedded engine: an index on disk under the data folder, searched in-process.</summary>
public sealed class LuceneSearchEngine(LuceneIndex index) : ISearchEngine
{
    private readonly LuceneVocabulary _vocabulary = new();

    public string Name => "Lucene";

    public string Reader => index.ReaderId;

    public bool IsShared => false;

    public long? KeptPosition => index.Position;

    public Task<SearchVocabulary> VocabularyAsync(CancellationToken ct) =>
        Task.FromResult(index.IsNew ? SearchVocabulary.Empty : index.Search(searcher => _vocabulary.Of(searcher.IndexReader)));

    public Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        if (index.IsNew) throw new SearchEngineException("the first search index is still being built");
        var plan = request.PlanOrLiteral;
        var text = LuceneQueries.Text(plan);
        return Task.FromResult(index.Search(searcher =>
        {
            var wanted = Math.Max(1, Math.Min(request.Skip + request.PageSize, searcher.IndexReader.MaxDoc));
            var best = new RankedHits(request.Sort, !plan.IsEmpty, wanted);
            var facets = SearchFacets.Empty;
            var total = 0;
            if (plan.IsEmpty && !request.WithFacets) total = Browse(searcher, request, best, wanted);
            else if (request.WithFacets)
            {
                var counting = new FacetCollector(request.Filters, best); // applies the filters itself
                var countable = LuceneQueries.Countable(request.Filters); // spares scoring documents no count uses
                searcher.Search(text, countable is null ? null : new QueryWrapperFilter(countable), counting);
                facets = counting.Result();
                total = best.TotalHits;
            }
            else
            {
                var filter = LuceneQueries.Filter(request.Filters);
                searcher.Search(text, filter is null ? null : new QueryWrapperFilter(filter), best);
                total = best.TotalHits;
            }
            var page = best.Best().Skip(request.Skip).Take(request.PageSize);
            var hits = request.WithHighlights
                ? page.Select(d => Hit(d.ProductId, searcher.Doc(d.Doc), plan)).ToList()
                : page.Select(d => new SearchHit(d.ProductId, "", null)).ToList();
            return new SearchResult(hits, total, facets);
        }));
    }

    public Task<bool> ApplyAsync(SearchChanges changes, CancellationToken ct) => Task.FromResult(index.Write(writer =>
    {
        foreach (var document in changes.Listed)
            writer.UpdateDocument(new Term(SearchFields.Id, Key(document.ProductId)), LuceneFields.ToDocument(document));
        if (changes.Unlisted.Count > 0) writer.DeleteDocuments(changes.Unlisted.Select(id => new Term(SearchFields.Id, Key(id))).ToArray());
    }, changes.From, changes.Through));

    public Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches, long watermark, IProgress<int>? progress, CancellationToken ct) =>
        index.BuildAsync(Documents(batches, progress, ct), watermark, ct);

    public Task<bool> IsEmptyAsync(CancellationToken ct) => Task.FromResult(index.IsNew);

    public Task<string?> ProblemAsync(CancellationToken ct)
    {
        if (index.IsNew) return Task.FromResult<string?>("the first search index is still being built");
        try
        {
            index.Search(searcher => searcher.IndexReader.NumDocs);
            return Task.FromResult<string?>(null);
        }
        catch (Exception ex) when (ex is IOException or LockObtainFailedException or CorruptIndexException or ObjectDisposedException)
        {
            return Task.FromResult<string?>(index.Problem ?? ex.Message);
        }
    }

    private static async IAsyncEnumerable<IEnumerable<Document>> Documents(IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches,
        IProgress<int>? progress, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var done = 0;
        await foreach (var batch in batches.WithCancellation(ct))
        {
            yield return batch.Select(LuceneFields.ToDocument).ToList();
            done += batch.Count;
            progress?.Report(done);
        }
    }

    private static SearchHit Hit(int id, Document document, QueryPlan plan)
    {
        var name = document.Get(SearchFields.Name) ?? "";
        var description = document.Get(SearchFields.Description) ?? "";
        return new SearchHit(id, SearchHighlighter.Mark(name, plan), plan.IsEmpty ? null : SearchHighlighter.Snippet(description, plan)) { Name = name };
    }

    /// <summary>
    /// A listing without words: each segment's documents are walked in the wanted order until the page is full, and
    /// counted in index order, instead of ranking every document (a newest-first listing would replace its worst kept
    /// document at every one). Returns how many documents pass the filters.
    /// </summary>
    private static int Browse(IndexSearcher searcher, SearchRequest request, RankedHits best, int wanted)
    {
        var matcher = new FilterMatcher(request.Filters);
        var order = RankedHits.OrderOf(request.Sort, hasText: false);
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var values = SegmentValues.Of(leaf.AtomicReader);
            var live = leaf.AtomicReader.LiveDocs;
            matcher.SetSegment(values);
            best.SetNextReader(leaf);
            bool Passes(int doc) => (live is null || live.Get(doc)) && matcher.Passes(doc);
            var kept = 0;
            foreach (var doc in values.InOrder(order))
            {
                if (kept == wanted) break;
                if (!Passes(doc)) continue;
                best.Collect(doc);
                kept++;
            }
            for (var doc = 0; doc < values.ProductId.Length; doc++) // counted in index order: reads memory in sequence
                if (Passes(doc)) total++;
        }
        return total;
    }

    private static string Key(int productId) => productId.ToString(CultureInfo.InvariantCulture);
}
