using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>Builds provider options in one place, for the app and for design-time tools.</summary>
public static class DatabaseSetup
{
    public static readonly ServerVersion DefaultMySqlVersion = new MariaDbServerVersion(new Version(10, 11, 0));

    public static void UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite =>
            sqlite.MigrationsHistoryTable("__ef_migrations_history"));

    public static void UseMySql(DbContextOptionsBuilder options, string connectionString, string? serverVersion) =>
        options.UseMySql(connectionString, ResolveServerVersion(connectionString, serverVersion), mysql =>
        {
            mysql.MigrationsHistoryTable("__ef_migrations_history");
            mysql.EnableRetryOnFailure(3);
        });

    private static ServerVersion ResolveServerVersion(string connectionString, string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? ServerVersion.Parse(configured)
        : string.IsNullOrWhiteSpace(connectionString) ? DefaultMySqlVersion
        : ServerVersion.AutoDetect(connectionString);

    public static string SqliteConnectionString(string dataPath) =>
        $"Data Source={Path.Combine(dataPath, "longan.db")};Foreign Keys=True";
}
