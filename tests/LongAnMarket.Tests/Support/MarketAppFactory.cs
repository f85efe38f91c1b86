using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Tests.Support;

/// <summary>The real app in memory, on a real database of the given engine, migrated the way production is.</summary>
public sealed class MarketAppFactory(TestDatabase database, IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null, string environment = "Testing") : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;
    public SqlCommandCounter SqlCommands { get; } = new();
    public string DataPath { get; } = Directory.CreateTempSubdirectory("longan-data-").FullName;
    public TestHostLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Database:ServerVersion", Database.ServerVersion);
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Hosting:AllowPlainHttp", "true");
        // Every test posts from the same address: the per-client limits are raised, each suite that tests one lowers it again.
        builder.UseSetting("Hosting:AccountFormsPerMinute", "100000");
        builder.UseSetting("Hosting:CartPostsPerMinute", "100000");
        builder.UseSetting("Hosting:CheckoutPostsPerMinute", "100000");
        builder.UseSetting("Ordering:Holds:MaxUnpaidOrdersPerAddress", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureServices(collection => collection.AddSingleton<IInterceptor>(SqlCommands));
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Log));
        builder.ConfigureServices(TestPeer.AddTo);
        if (services is not null) builder.ConfigureServices(services);
    }

    /// <summary>
    /// Migrates the database; called before anything asks for <see cref="WebApplicationFactory{T}.Services"/>, it does
    /// so before the host (and its background jobs) starts, as `migrate` does before the app in production.
    /// </summary>
    public async Task MigrateAsync()
    {
        await using (var db = Database.Provider == DatabaseProvider.Sqlite ? (MarketDbContext)SqliteContext() : MySqlContext())
            await DatabaseSetup.MigrateAsync(db);
        // Had the host started first, its background services would have opened connections before the schema existed;
        // a pooled SQLite connection can keep that empty schema and answer "no such table" later, so the pool starts afresh.
        if (Database.Provider == DatabaseProvider.Sqlite)
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(new Microsoft.Data.Sqlite.SqliteConnection(Database.ConnectionString));
    }

    private SqliteMarketDbContext SqliteContext()
    {
        var options = new DbContextOptionsBuilder<SqliteMarketDbContext>();
        DatabaseSetup.UseSqlite(options, Database.ConnectionString);
        return new SqliteMarketDbContext(options.Options);
    }

    private MySqlMarketDbContext MySqlContext()
    {
        var options = new DbContextOptionsBuilder<MySqlMarketDbContext>();
        DatabaseSetup.UseMySql(options, Database.ConnectionString, Database.ServerVersion);
        return new MySqlMarketDbContext(options.Options);
    }

    /// <summary>Waits until the first index is built and every saved change has reached it (pages listing products read from it).</summary>
    public async Task SearchCaughtUpAsync()
    {
        var engine = Services.GetRequiredService<LongAnMarket.Core.Search.ISearchEngine>();
        await Eventually.TrueAsync(async () => !await engine.IsEmptyAsync(CancellationToken.None) && await SearchBehindAsync() == 0,
            TimeSpan.FromSeconds(30), "search index caught up");
    }

    /// <summary>How many saved changes have not reached this app's search index yet.</summary>
    public Task<int> SearchBehindAsync() => WithServicesAsync(async s => (await s.GetRequiredService<LongAnMarket.Infrastructure.Search.SearchIndexer>()
        .LagAsync(s.GetRequiredService<MarketDbContext>(), s.GetRequiredService<LongAnMarket.Infrastructure.Search.SearchOutboxReaders>(), CancellationToken.None)).Behind);

    public async Task<T> WithDbAsync<T>(Func<MarketDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<MarketDbContext>());
    }

    public async Task WithDbAsync(Func<MarketDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<MarketDbContext>());
    }

    /// <summary>Runs work with a fresh request scope's services, as a controller would see them.</summary>
    public async Task WithServicesAsync(Func<IServiceProvider, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}
