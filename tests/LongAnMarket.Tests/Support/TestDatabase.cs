using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace LongAnMarket.Tests.Support;

/// <summary>A fresh, empty database on one engine, owned by one test class and dropped after it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }
    public string? ServerVersion { get; protected init; }

    public abstract MarketDbContext CreateContext();
    public abstract ValueTask DisposeAsync();

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.MySql => MariaDbTestDatabase.Create(),
        _ => new SqliteTestDatabase(),
    };
}

public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("longan-sqlite-").FullName;

    /// <summary>The file starts in write-ahead-log mode, as `migrate` leaves it, before the app's background services open it.</summary>
    public SqliteTestDatabase()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        connection.Open();
        using var wal = connection.CreateCommand();
        wal.CommandText = "PRAGMA journal_mode = 'wal';";
        wal.ExecuteNonQuery();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    public override string ConnectionString => DatabaseSetup.SqliteConnectionString(_folder);

    public override MarketDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<SqliteMarketDbContext>();
        DatabaseSetup.UseSqlite(options, ConnectionString);
        return new SqliteMarketDbContext(options.Options);
    }

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A database on the MariaDB server that `make test` starts (LONGAN_TEST_MYSQL). Missing server = failed test,
/// never a skipped one: a green run must have exercised MariaDB.
/// </summary>
public sealed class MariaDbTestDatabase : TestDatabase
{
    public const string ConnectionVariable = "LONGAN_TEST_MYSQL";
    private readonly string _server;
    private readonly string _name;

    private MariaDbTestDatabase(string server, string? version)
    {
        _server = server;
        _name = "longan_test_" + Guid.NewGuid().ToString("N")[..12];
        ServerVersion = version;
    }

    public static MariaDbTestDatabase Create()
    {
        var server = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set: run the tests with `make test`, which starts a throwaway MariaDB " +
                $"(or set {ConnectionVariable}=\"Server=…;Port=…;User=…;Password=…;\").");
        var version = Environment.GetEnvironmentVariable("LONGAN_TEST_MYSQL_VERSION");
        return new MariaDbTestDatabase(server, string.IsNullOrWhiteSpace(version) ? null : version);
    }

    public override DatabaseProvider Provider => DatabaseProvider.MySql;
    public override string ConnectionString => $"{_server.TrimEnd(';')};Database={_name};";

    public override MarketDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<MySqlMarketDbContext>();
        DatabaseSetup.UseMySql(options, ConnectionString, ServerVersion);
        return new MySqlMarketDbContext(options.Options);
    }

    public override async ValueTask DisposeAsync()
    {
        await using var connection = new MySqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new MySqlCommand($"DROP DATABASE IF EXISTS `{_name}`", connection);
        await drop.ExecuteNonQueryAsync();
        MySqlConnection.ClearAllPools();
    }
}
