using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Web.Security;
using LongAnMarket.Web.Commands;

namespace LongAnMarket.Tests.Instances;

/// <summary>
/// Two instances of the app, A and B, as an operator runs them for one province: the Release build in Production,
/// each process on its own port with its own search index folder, one MariaDB between them and one data folder on a
/// shared volume for uploaded files (moving files to S3 storage is #30). Made once for the class: the database
/// migrated and the demo data loaded by the app's own commands, both instances started, and the demo producer signed
/// in through A.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    /// <summary>The demo producer (HTX Lúa gạo Hương Chợ Đào), whose password is public.</summary>
    public static readonly DemoAccounts.Account Producer = DemoAccounts.All.First(a => a.Role == MarketRoles.Producer);

    private readonly string _operatorFolder = Directory.CreateTempSubdirectory("longan-operator-").FullName;
    private readonly string _sharedFolder = Directory.CreateTempSubdirectory("longan-shared-").FullName;
    private readonly string _indexFolders = Directory.CreateTempSubdirectory("longan-indexes-").FullName;
    private TestDatabase? _database;
    private AppProcess? _a;
    private AppProcess? _b;
    private InstanceVisitor? _seller;

    public AppProcess A => _a ?? throw new InvalidOperationException("Fixture not initialised.");
    public AppProcess B => _b ?? throw new InvalidOperationException("Fixture not initialised.");
    public IReadOnlyList<AppProcess> Both => [A, B];

    /// <summary>The demo producer, signed in once: its cookies work on either instance, as behind a load balancer.</summary>
    public InstanceVisitor Seller => _seller ?? throw new InvalidOperationException("Fixture not initialised.");

    /// <summary>What every instance is started with (Hosting:InstanceName and Search:LuceneFolder are each its own).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    /// <summary>The volume every instance keeps its files on.</summary>
    public string SharedDataPath => _sharedFolder;

    /// <summary>The settings of the instance whose search index lives in <paramref name="index"/>'s folder.</summary>
    public IReadOnlyDictionary<string, string?> SettingsWithIndex(string index) =>
        new Dictionary<string, string?>(Settings) { ["Search:LuceneFolder"] = Path.Combine(_indexFolders, index) };

    public MarketDbContext Db() => (_database ?? throw new InvalidOperationException("Fixture not initialised.")).CreateContext();

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(DatabaseProvider.MySql);
        Settings = SettingsFor(_database, _operatorFolder);
        await RunAsync(Settings, "migrate");
        // seed-demo refuses Production (its accounts' passwords are public): the demo data is loaded as on a developer's
        // machine, into the same database with the same key ring.
        await RunAsync(new Dictionary<string, string?>(Settings) { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, "seed-demo");

        _a = new AppProcess("A", SettingsWithIndex("A"), _sharedFolder);
        _b = new AppProcess("B", SettingsWithIndex("B"), _sharedFolder);
        var starting = WatchLogs();
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
        starting.AssertQuiet(LogWatch.SearchCatchingUp);

        _seller = new InstanceVisitor();
        await Seller.SignInAsync(A, Producer.Email, Producer.Password);
    }

    /// <summary>Marks where each instance's log stands, to check later that nothing since was a warning or an error.</summary>
    public LogWatch WatchLogs() => new(Both.ToDictionary(i => i, i => i.LineCount));

    private static Dictionary<string, string?> SettingsFor(TestDatabase database, string secrets)
    {
        var settings = ProductionSettingsTests.ProductionSettings(secrets, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Hosting:AllowPlainHttp"] = "true", // loopback only: the instances stand for the machines behind a TLS proxy
            ["Site:PublicBaseUrl"] = "http://127.0.0.1",
            ["AllowedHosts"] = "127.0.0.1",
            ["Database:Provider"] = "MySql",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Search:PollInterval"] = "00:00:00.200",
            ["Search:MaxLagSeconds"] = "1",
            ["Payments:ExpirySweepSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            ["Logging:LogLevel:LongAnMarket.Infrastructure.Ordering.OrderExpirer"] = "Information",
            ["Logging:LogLevel:LongAnMarket.Infrastructure.Instances"] = "Information",
            ["Logging:LogLevel:LongAnMarket.Infrastructure.Search"] = "Information",
        });
        if (database.ServerVersion is { } version) settings["Database:ServerVersion"] = version;
        return settings;
    }

    private async Task RunAsync(IReadOnlyDictionary<string, string?> settings, string command)
    {
        var result = await AppProcess.RunCommandAsync(settings, _sharedFolder, command);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{command} failed with {result.ExitCode}:\n{result.Output}");
    }

    public async Task DisposeAsync()
    {
        _seller?.Dispose();
        if (_a is not null) await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        foreach (var folder in new[] { _operatorFolder, _sharedFolder, _indexFolders })
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Where the instances' logs stood at a moment; <see cref="AssertQuiet"/> fails on any warning or error logged since.</summary>
public sealed class LogWatch(IReadOnlyDictionary<AppProcess, int> marks)
{
    /// <summary>An instance whose index is behind by more than Search:MaxLagSeconds (just started, or back) says so when asked.</summary>
    public const string SearchCatchingUp = "Health check search with status Degraded";

    public IReadOnlyList<string> LinesOf(AppProcess instance) => instance.LinesSince(marks[instance]);

    /// <param name="expected">Parts of warnings the test causes on purpose; a line holding one of them is let through.</param>
    public void AssertQuiet(params string[] expected)
    {
        foreach (var (instance, mark) in marks)
        {
            var unexpected = instance.WarningsSince(mark).Where(line => !expected.Any(e => line.Contains(e, StringComparison.Ordinal))).ToList();
            Assert.True(unexpected.Count == 0, $"Instance {instance.InstanceName} logged:\n{string.Join('\n', unexpected)}");
        }
    }
}
