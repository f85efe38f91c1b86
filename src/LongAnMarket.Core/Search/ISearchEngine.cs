namespace LongAnMarket.Core.Search;

/// <summary>
/// A full-text index of listed products: the embedded Lucene index or an Elasticsearch cluster. Writes are idempotent
/// (a document replaces the one with its product ID), so replaying changes is always safe.
/// </summary>
public interface ISearchEngine
{
    string Name { get; }

    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct);

    /// <summary>The words the index holds, for the query rewriter; cached by the engine until the index changes.</summary>
    Task<SearchVocabulary> VocabularyAsync(CancellationToken ct);

    Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct);

    Task DeleteAsync(IReadOnlyCollection<int> productIds, CancellationToken ct);

    /// <summary>
    /// Builds a new index beside the live one from every document, then swaps it in at once. Changes recorded from
    /// outbox row <paramref name="replayFrom"/> on may have reached only the old index: see <see cref="TakeReplayPoint"/>.
    /// </summary>
    Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches, long replayFrom, IProgress<int>? progress, CancellationToken ct);

    /// <summary>Once after this process swapped in a rebuilt index: the outbox row from which changes must be applied again.</summary>
    long? TakeReplayPoint();

    /// <summary>
    /// True when no index has been built yet (a new installation), or the live one was made for an older mapping: the
    /// app then builds one from the database.
    /// </summary>
    Task<bool> IsEmptyAsync(CancellationToken ct);

    /// <summary>Null when the engine answers; otherwise what is wrong, for /health and the search page's notice.</summary>
    Task<string?> ProblemAsync(CancellationToken ct);
}
