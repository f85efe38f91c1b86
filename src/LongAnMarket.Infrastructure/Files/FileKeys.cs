namespace LongAnMarket.Infrastructure.Files;

/// <summary>
/// What every file store takes as a key: a relative path with forward slashes ("products/gao/1.webp") that cannot
/// climb out of its folder or bucket.
/// </summary>
public static class FileKeys
{
    public static bool IsValid(string? key) =>
        !string.IsNullOrWhiteSpace(key) && !key.Contains("..") && !Path.IsPathRooted(key) && !key.Contains('\\');

    /// <exception cref="ArgumentException">The key is empty, climbs (".."), is rooted or has a backslash.</exception>
    public static string Checked(string key) =>
        IsValid(key) ? key : throw new ArgumentException($"Invalid file key '{key}'.", nameof(key));
}
