using System.Security.Cryptography;

namespace LongAnMarket.Infrastructure.Files;

/// <summary>
/// Moves an installation's files into the buckets (the copy-files-to-s3 command): the data folder's media/ into the
/// public bucket, and what the private store wrote under private/ into the private one, each under the key it had.
/// An object already there with the same size and bytes (its ETag is their MD5) is left alone, so the copy can run
/// again, after a run that stopped half-way or just before the switch, and then copies only what changed.
/// </summary>
public sealed class BucketCopy(S3Buckets buckets)
{
    /// <summary>
    /// The folders the private store writes: producers' documents, the photos of complaints, messages and counterfeit
    /// reports. The trace signing key and the scan salt beside them are not the store's, and stay.
    /// </summary>
    public static readonly IReadOnlyList<string> PrivateFolders = ["producers", "complaints", "messages", "reports"];

    public async Task<IReadOnlyList<FolderCopy>> CopyAsync(string dataPath, CancellationToken ct) =>
    [
        await CopyFolderAsync(dataPath, "media", buckets.Public, _ => true, ct),
        await CopyFolderAsync(dataPath, "private", buckets.Private, key => key.Split('/') is [var folder, _, ..] && PrivateFolders.Contains(folder), ct),
    ];

    private static async Task<FolderCopy> CopyFolderAsync(string dataPath, string name, S3FileStore store, Func<string, bool> held, CancellationToken ct)
    {
        var folder = Path.Combine(dataPath, name);
        int copied = 0, unchanged = 0;
        var left = new List<string>();
        if (!Directory.Exists(folder)) return new FolderCopy(name, store.Bucket, copied, unchanged, left);
        var there = await store.ListAsync(ct);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (!FileKeys.IsValid(key) || !held(key) || IsUnfinishedSave(key))
                left.Add($"{name}/{key}");
            else if (there.TryGetValue(key, out var stored) && await SameAsync(file, stored, ct))
                unchanged++;
            else
            {
                await using var content = File.OpenRead(file);
                await store.SaveAsync(key, content, ct);
                copied++;
            }
        }
        return new FolderCopy(name, store.Bucket, copied, unchanged, left);
    }

    /// <summary>The data folder's store writes "{name}.tmp-{id}" and renames it: one left behind is a save that never finished.</summary>
    private static bool IsUnfinishedSave(string key) => key.Contains(".tmp-", StringComparison.Ordinal);

    private static async Task<bool> SameAsync(string file, (long Size, string ETag) stored, CancellationToken ct)
    {
        if (new FileInfo(file).Length != stored.Size) return false;
        await using var content = File.OpenRead(file);
        return string.Equals(Convert.ToHexStringLower(await MD5.HashDataAsync(content, ct)), stored.ETag, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>What one folder's copy did: objects written, objects already there, and files it left (with the folder's name in front).</summary>
public sealed record FolderCopy(string Folder, string Bucket, int Copied, int Unchanged, IReadOnlyList<string> Left);
