namespace LongAnMarket.Core.Search;

/// <summary>
/// A full-text index of listed products: the embedded Lucene index or an Elasticsearch cluster. Writes are idempotent
/// (a document replaces the one with its product ID), so replaying changes is always safe.
/// </summary>
public interface ISearchEngine
{
    string Name { get; }

    /// <summary>This index among the search outbox's readers: "lucene-…" (one instance's folder) or "elasticsearch:{alias}".</summary>
    string Reader { get; }

    /// <summary>True when every instance writes to this one index (Elasticsearch): only the holder of its lease applies changes.</summary>
    bool IsShared { get; }

    /// <summary>The outbox row through which the index holds every change, when the index keeps it itself (Lucene, in each
    /// commit); null otherwise (shared engines keep it in the database) or before a first index exists.</summary>
    long? KeptPosition { get; }

    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct);

    /// <summary>The words the index holds, for the query rewriter; cached by the engine until the index changes.</summary>
    Task<SearchVocabulary> VocabularyAsync(CancellationToken ct);

    /// <summary>
    /// Stores one batch of changes. An engine keeping its position moves it to <see cref="SearchChanges.Through"/> in the
    /// same commit, and stores nothing (returns false) if its position is no longer <see cref="SearchChanges.From"/>: the
    /// index was rebuilt meanwhile.
    /// </summary>
    Task<bool> ApplyAsync(SearchChanges changes, CancellationToken ct);

    /// <summary>
    /// Builds a new index beside the live one from every document, read after outbox row <paramref name="watermark"/>,
    /// then swaps it in at once; the new index is current through that row, and later rows are applied to it again.
    /// </summary>
    Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<SearchDocument>> batches, long watermark, IProgress<int>? progress, CancellationToken ct);

    /// <summary>
    /// True when no index has been built yet (a new installation), or the live one was made for an older mapping: the
    /// app then builds one from the database.
    /// </summary>
    Task<bool> IsEmptyAsync(CancellationToken ct);

    /// <summary>Null when the engine answers; otherwise what is wrong, for /health and the search page's notice.</summary>
    Task<string?> ProblemAsync(CancellationToken ct);
}
