using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>The latest anchored log head, as written outside the database.</summary>
public sealed record WitnessHead(long Sequence, string EntryHash, long AnchorId, string Root, DateTimeOffset StampedAt, string Authority, string Token);

/// <summary>
/// Keeps the latest time-stamped log head in <see cref="TraceabilityOptions.WitnessPath"/>, a file meant for another
/// host or a backup: whoever rewrites the database cannot rewrite it, and a log that no longer holds that head is altered.
/// </summary>
public sealed class TraceWitness(IOptions<TraceabilityOptions> options, DataFolder data)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private volatile Kept? _read; // one reference, so a page reading it never sees half of another's write

    public string Path => options.Value.WitnessPath is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured, data.Path)
        : System.IO.Path.Combine(data.Path, "witness", "trace-log-head.json");

    /// <summary>Records <paramref name="head"/> unless the file already holds a later one (instances anchoring side by side).</summary>
    public void Write(WitnessHead head)
    {
        if (Read() is { } witnessed && witnessed.Sequence >= head.Sequence) return;
        var path = Path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(head, Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The witnessed head (null when none was written yet).</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a witness head.</exception>
    public WitnessHead? Read()
    {
        var file = new FileInfo(Path);
        if (!file.Exists) return null;
        if (_read is { } kept && kept.Written == file.LastWriteTimeUtc && kept.Length == file.Length) return kept.Head;
        try
        {
            var head = JsonSerializer.Deserialize<WitnessHead>(File.ReadAllText(file.FullName), Json)
                ?? throw new InvalidDataException("The witness file is empty.");
            _read = new Kept(file.LastWriteTimeUtc, file.Length, head);
            return head;
        }
        catch (JsonException ex) { throw new InvalidDataException($"The witness file {file.FullName} is not a log head: {ex.Message}", ex); }
    }

    private sealed record Kept(DateTime Written, long Length, WitnessHead Head);
}
