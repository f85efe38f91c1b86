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
/// seconds, moves to the new index without a moment without search. Only this process writes to the live index: it
/// claims the folder (<see cref="ClaimFolder"/>), and each commit records the search outbox row the index is current
/// through, so the index and its position never disagree after a crash.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private static readonly TimeSpan PointerCheckInterval = TimeSpan.FromSeconds(2);
    private readonly string _root;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _gate = new();
    private Generation? _live;
    private long _pointerCheckedAt;
    private string? _problem;
    private FileStream? _claim;
    private const string PositionKey = "outbox-position";

    public LuceneIndex(string folder, ILogger logger)
    {
        _root = folder;
        _logger = logger;
        System.IO.Directory.CreateDirectory(_root);
        ReaderId = ReadOrMakeReaderId(_root);
    }

    public static Similarity Similarity { get; } = new BM25Similarity();

    private volatile bool _built;

    /// <summary>True until a first index exists: the app then builds one from the database.</summary>
    public bool IsNew => !(_built = _built || ReadPointer() is not null);

    public string? Problem => _problem;

    /// <summary>This folder's name among the search outbox's readers; kept in the folder, so it survives restarts.</summary>
    public string ReaderId { get; private set; } = "";

    /// <summary>
    /// Holds the folder for this process until it ends; a second process on the same folder is refused, since two
    /// writers would corrupt the index.
    /// </summary>
    public void ClaimFolder()
    {
        var path = Path.Combine(_root, "instance.lock");
        try { _claim ??= new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
        catch (IOException ex)
        {
            throw new LuceneFolderInUseException($"The search index folder {_root} is in use by another process. Each app instance needs " +
                "its own Storage:DataPath (or Search:LuceneFolder), or all instances use Elasticsearch.", ex);
        }
    }

    /// <summary>The search outbox row through which the live index holds every change; null before a first index exists.</summary>
    public long? Position
    {
        get
        {
            if (IsNew) return null;
            var live = Live();
            lock (_gate) return PositionOf(live);
        }
    }

    private static long? PositionOf(Generation live) =>
        live.Writer.CommitData.TryGetValue(PositionKey, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var position) ? position : null;

    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var live = Live();
        var searcher = live.Searchers.Acquire();
        try { return work(searcher); }
        finally { live.Searchers.Release(searcher); }
    }

    /// <summary>
    /// Applies changes to the live index and commits them with the outbox row they bring it to, so both survive a crash
    /// together, then shows them to searches. Writes nothing and returns false when the live index is no longer at
    /// <paramref name="from"/> (a rebuilt one was swapped in).
    /// </summary>
    public bool Write(Action<IndexWriter> change, long from, long through)
    {
        lock (_gate)
        {
            var live = Live();
            if ((PositionOf(live) ?? 0) != from) return false;
            change(live.Writer);
            live.Writer.SetCommitData(PositionData(through));
            live.Writer.Commit();
            live.Searchers.MaybeRefreshBlocking();
            return true;
        }
    }

    /// <summary>Writes a complete new index, current through outbox row <paramref name="position"/>, and points the live pointer at it.</summary>
    public async Task BuildAsync(IAsyncEnumerable<IEnumerable<Document>> batches, long position, CancellationToken ct)
    {
        var name = "index-" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        using (var directory = FSDirectory.Open(Path.Combine(_root, name)))
        using (var writer = new IndexWriter(directory, Config(OpenMode.CREATE)))
        {
            await foreach (var batch in batches.WithCancellation(ct)) writer.AddDocuments(batch);
            writer.ForceMerge(1);
            writer.SetCommitData(PositionData(position));
            writer.Commit();
        }
        var temporary = Path.Combine(_root, "current.tmp");
        await File.WriteAllTextAsync(temporary, name + "\n", ct);
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
            var pointer = ReadPointer() ?? "index-initial";
            if (_live?.Name == pointer) return _live;
            try
            {
                var next = Generation.Open(Path.Combine(_root, pointer), pointer);
                var previous = _live;
                _live = next;
                _problem = null;
                if (previous is not null)
                {
                    previous.Dispose();
                    TryDelete(previous.Path);
                    _logger.LogInformation("Search index switched to {Index}", pointer);
                }
                return next;
            }
            catch (Exception ex) when (ex is IOException or LockObtainFailedException && _live is not null)
            {
                _logger.LogWarning(ex, "Search index {Index} could not be opened yet; staying on {Live}", pointer, _live!.Name);
                return _live;
            }
            catch (Exception ex) when (ex is IOException or LockObtainFailedException or CorruptIndexException)
            {
                _problem = $"search index {pointer} cannot be opened: {ex.Message}";
                throw;
            }
        }
    }

    private string? ReadPointer()
    {
        var path = Path.Combine(_root, "current");
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        return lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]) ? null : lines[0].Trim();
    }

    private static Dictionary<string, string> PositionData(long position) => new() { [PositionKey] = position.ToString(CultureInfo.InvariantCulture) };

    private static string ReadOrMakeReaderId(string root)
    {
        var path = Path.Combine(root, "reader-id");
        if (!File.Exists(path))
        {
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, "lucene-" + Guid.NewGuid().ToString("N")[..12] + "\n");
            try { File.Move(temporary, path, overwrite: false); }
            catch (IOException) { File.Delete(temporary); }
        }
        return File.ReadAllText(path).Trim();
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
            _claim?.Dispose();
            _claim = null;
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

/// <summary>Another process holds the Lucene folder: this one must not start (two writers corrupt an index).</summary>
public sealed class LuceneFolderInUseException(string message, Exception inner) : InvalidOperationException(message, inner);
