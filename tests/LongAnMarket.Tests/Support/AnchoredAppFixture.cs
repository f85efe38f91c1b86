using LongAnMarket.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// The app on a real database of one engine, with its head log anchored by a real RFC 3161 TSA (<see cref="TestTimestampAuthority"/>)
/// and every provenance view verified afresh (ReverifySeconds 0), so an attack shows on the next view.
/// </summary>
public abstract class AnchoredAppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private MarketAppFactory? _app;

    public MarketAppFactory App => _app ?? throw new InvalidOperationException("Fixture not initialised.");
    public TestDatabase Database { get; private set; } = null!;
    public TestTimestampAuthority Tsa { get; private set; } = null!;
    public ShiftedClock Clock { get; } = new();

    public Dictionary<string, string?> Settings(string? dataPath = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Traceability:Tsa:Url"] = Tsa.Url,
            ["Traceability:Tsa:CertificatesPath"] = Tsa.CaCertificatePath,
            ["Traceability:ReverifySeconds"] = "0",
            // The attacks read, remove and restore the key file; the database store has its own test here.
            ["Traceability:KeyStore"] = "File",
        };
        if (dataPath is not null) settings["Storage:DataPath"] = dataPath;
        return settings;
    }

    /// <summary>A second app process on the same database and data folder: a restart.</summary>
    public MarketAppFactory Restart()
    {
        var settings = Settings(App.DataPath);
        // The first app still runs in this process and holds its search index folder; the restarted one gets its own.
        settings["Search:LuceneFolder"] = Path.Combine("search", "lucene-restarted");
        return new(Database, settings, services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>An app on a database of its own (same engine, same TSA), for an attack that rewrites the shared log itself.</summary>
    public async Task<IsolatedApp> IsolatedAsync(IDictionary<string, string?>? extra = null)
    {
        var database = TestDatabase.Create(provider);
        var settings = Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var app = new MarketAppFactory(database, settings, services => services.AddSingleton<TimeProvider>(Clock));
        await app.MigrateAsync();
        return new IsolatedApp(app, database);
    }

    public async Task InitializeAsync()
    {
        Tsa = await TestTimestampAuthority.StartAsync();
        Database = TestDatabase.Create(provider);
        _app = new MarketAppFactory(Database, Settings(), services => services.AddSingleton<TimeProvider>(Clock));
        await _app.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await Database.DisposeAsync();
        await Tsa.DisposeAsync();
    }
}

public sealed class SqliteAnchoredAppFixture() : AnchoredAppFixture(DatabaseProvider.Sqlite);

public sealed class MariaDbAnchoredAppFixture() : AnchoredAppFixture(DatabaseProvider.MySql);

public sealed record IsolatedApp(MarketAppFactory App, TestDatabase Database) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
