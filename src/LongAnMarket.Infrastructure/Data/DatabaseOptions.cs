using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite means "longan.db in the data folder".</summary>
    public string? ConnectionString { get; set; }

    /// <summary>MariaDB/MySQL server version, e.g. "10.11.6-mariadb" or "8.0.36-mysql"; read from the server when empty.</summary>
    public string? ServerVersion { get; set; }
}
