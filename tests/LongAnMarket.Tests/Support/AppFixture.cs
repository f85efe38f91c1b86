using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>One migrated database and one in-memory app, shared by the tests of one class on one engine.</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private MarketAppFactory? _app;

    public MarketAppFactory App => _app ?? throw new InvalidOperationException("Fixture not initialised.");
    /// <summary>The app's clock: the real time, which a test may move forward.</summary>
    public ShiftedClock Clock { get; } = new();
    public DatabaseProvider Provider => provider;

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        _app = new MarketAppFactory(_database, services: services => services.AddSingleton<TimeProvider>(Clock));
        await _app.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteAppFixture() : AppFixture(DatabaseProvider.Sqlite);

public sealed class MariaDbAppFixture() : AppFixture(DatabaseProvider.MySql);
