namespace LongAnMarket.Infrastructure.Search;

/// <summary>
/// One index reading the search outbox: an instance's own Lucene index, or the Elasticsearch alias all instances share.
/// <see cref="Position"/> is the outbox row through which it has applied every change; the outbox is trimmed only below
/// the lowest position of the readers seen lately.
/// </summary>
public sealed class SearchIndexReader
{
    private SearchIndexReader() { } // rows are written by SQL (conditional UPDATE, INSERT IGNORE / INSERT OR IGNORE)

    public string Reader { get; private set; } = "";

    /// <summary>The instance that last applied changes for it.</summary>
    public string Instance { get; private set; } = "";

    public long Position { get; private set; }
    public DateTime SeenAtUtc { get; private set; }
}
