using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace LongAnMarket.Infrastructure.Search.Lucene;

/// <summary>
/// The live index on disk and its replacements. A rebuild writes a new directory beside the live one and then swaps a
/// one-line pointer file (write to a temporary file, rename over), so the app, which checks the pointer every couple of
/// seconds, moves to the new index without a moment without search. Only this process writes to the live index.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private static readonly TimeSpan PointerCheckInterval = TimeSpan.FromSeconds(2);
    private readonly string _root;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _gate = new();
    private Generation? _live;
    private long _pointerCheckedAt;
    private long? _replayFrom;
    private string? _problem;

    public LuceneIndex(string folder, ILogger logger)
    {
        _root = folder;
        _logger = logger;
        System.IO.Directory.CreateDirectory(_root);
    }

    public static Similarity Similarity { get; } = new BM25Similarity();

    private volatile bool _built;

    /// <summary>True until a first index exists: the app then builds one from the database.</summary>
    public bool IsNew => !(_built = _built || ReadPointer() is not null);

    public string? Problem => _problem;

    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var live = Live();
        var searcher = live.Searchers.Acquire();
        try { return work(searcher); }
        finally { live.Searchers.Release(searcher); }
    }

    /// <summary>Applies changes to the live index and commits them, so they survive a crash, then shows them to searches.</summary>
    public void Write(Action<IndexWriter> change)
    {
        lock (_gate)
        {
            var live = Live();
            change(live.Writer);
            live.Writer.Commit();
            live.Searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>After a rebuild swapped in, the outbox row from which changes must be applied again (once).</summary>
    public long? TakeReplayPoint()
    {
        lock (_gate)
        {
            var from = _replayFrom;
            _replayFrom = null;
            return from;
        }
    }

    /// <summary>Writes a complete new index and points the live pointer at it.</summary>
    public async Task BuildAsync(IAsyncEnumerable<IEnumerable<Document>> batches, long replayFrom, CancellationToken ct)
    {
        var name = "index-" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        using (var directory = FSDirectory.Open(Path.Combine(_root, name)))
        using (var writer = new IndexWriter(directory, Config(OpenMode.CREATE)))
        {
            await foreach (var batch in batches.WithCancellation(ct)) writer.AddDocuments(batch);
            writer.ForceMerge(1);
            writer.Commit();
        }
        var temporary = Path.Combine(_root, "current.tmp");
        await File.WriteAllTextAsync(temporary, $"{name}\n{replayFrom.ToString(CultureInfo.InvariantCulture)}\n", ct);
        File.Move(temporary, Path.Combine(_root, "current"), overwrite: true);
        _pointerCheckedAt = 0;
        if (_live is not null) Live(); // in this process: swap now; another process's app swaps on its next check
    }

    private Generation Live()
    {
        var live = _live;
        var now = Environment.TickCount64;
        if (live is not null && now - Interlocked.Read(ref _pointerCheckedAt) < PointerCheckInterval.TotalMilliseconds) return live;
        lock (_gate)
        {
            _pointerCheckedAt = now;
            var pointer = ReadPointer() ?? ("index-initial", 0L);
            if (_live?.Name == pointer.Name) return _live;
            try
            {
                var next = Generation.Open(Path.Combine(_root, pointer.Name), pointer.Name);
                var previous = _live;
                _live = next;
                _problem = null;
                if (previous is not null)
                {
                    _replayFrom = pointer.ReplayFrom;
                    previous.Dispose();
                    TryDelete(previous.Path);
                    _logger.LogInformation("Search index switched to {Index}; replaying changes from outbox row {Row}", pointer.Name, pointer.ReplayFrom);
                }
                else if (pointer.Name != "index-initial") _replayFrom = pointer.ReplayFrom;
                return next;
            }
            catch (Exception ex) when (ex is IOException or LockObtainFailedException && _live is not null)
            {
                _logger.LogWarning(ex, "Search index {Index} could not be opened yet; staying on {Live}", pointer.Name, _live!.Name);
                return _live;
            }
            catch (Exception ex) when (ex is IOException or LockObtainFailedException or CorruptIndexException)
            {
                _problem = $"search index {pointer.Name} cannot be opened: {ex.Message}";
                throw;
            }
        }
    }

    private (string Name, long ReplayFrom)? ReadPointer()
    {
        var path = Path.Combine(_root, "current");
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0])) return null;
        var replayFrom = lines.Length > 1 && long.TryParse(lines[1], CultureInfo.InvariantCulture, out var row) ? row : 0;
        return (lines[0].Trim(), replayFrom);
    }

    private void TryDelete(string path)
    {
        try { System.IO.Directory.Delete(path, recursive: true); }
        catch (IOException ex) { _logger.LogWarning(ex, "Old search index {Path} left on disk", path); }
    }

    internal static IndexWriterConfig Config(OpenMode mode) => new(VietnameseAnalyzer.Version, new VietnameseAnalyzer())
    {
        OpenMode = mode,
        Similarity = Similarity,
        RAMBufferSizeMB = 64,
    };

    public void Dispose()
    {
        lock (_gate)
        {
            _live?.Dispose();
            _live = null;
        }
    }

    private sealed class Generation(string path, string name, LuceneDirectory directory, IndexWriter writer, SearcherManager searchers) : IDisposable
    {
        public string Path { get; } = path;
        public string Name { get; } = name;
        public IndexWriter Writer { get; } = writer;
        public SearcherManager Searchers { get; } = searchers;

        public static Generation Open(string path, string name)
        {
            var directory = FSDirectory.Open(path);
            var writer = new IndexWriter(directory, Config(OpenMode.CREATE_OR_APPEND));
            writer.Commit();
            var searchers = new SearcherManager(writer, true, new SimilarSearchers());
            return new Generation(path, name, directory, writer, searchers);
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            directory.Dispose();
        }
    }

    private sealed class SimilarSearchers : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
