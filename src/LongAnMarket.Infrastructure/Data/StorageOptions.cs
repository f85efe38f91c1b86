using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Data;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder for the SQLite database, media and mail pickup; relative paths start at the content root.</summary>
    [Required]
    public string DataPath { get; set; } = "App_Data";
}
