using System.ComponentModel.DataAnnotations;
using LongAnMarket.Infrastructure.Files;

namespace LongAnMarket.Infrastructure.Data;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite database, media and mail pickup; relative paths start at the content root.</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";

    /// <summary>
    /// Where public media and private documents live: <see cref="StorageProvider.Local"/> (the data folder's media/ and
    /// private/) or <see cref="StorageProvider.S3"/> (two buckets every instance shares, <see cref="S3"/>).
    /// </summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Local;

    public S3StorageOptions S3 { get; set; } = new();

    /// <summary>Where browsers fetch public media from instead of this site's /media/, when configured (S3 only).</summary>
    public string? PublicMediaBaseUrl =>
        Provider == StorageProvider.S3 && !string.IsNullOrWhiteSpace(S3.PublicBaseUrl) ? S3.PublicBaseUrl.TrimEnd('/') : null;
}

public enum StorageProvider
{
    Local,
    S3,
}
