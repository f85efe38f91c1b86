using System.Net;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Support.Providers;
using LongAnMarket.Tests.Web.Security;
using LongAnMarket.Web.Commands;

namespace LongAnMarket.Tests.Instances;

/// <summary>
/// The province's production layout on loopback (#30), made once for the class: MariaDB, a real redis-server, s3rver
/// for files, two instances of the Release build in Production (each its own data folder: nothing shared on disk),
/// and Debian's haproxy in front running docker/haproxy/haproxy.cfg, reaching them from 127.0.0.2, their only trusted
/// proxy. Caching:Seconds stays at its default of 60.
/// </summary>
public sealed class ScaledOut : IAsyncLifetime
{
    /// <summary>Sign-in posts one client may make a minute, counted over both instances.</summary>
    public const int SignInsPerMinute = 5;

    public static readonly DemoAccounts.Account Producer = DemoAccounts.All.First(a => a.Role == MarketRoles.Producer);
    public static readonly DemoAccounts.Account Admin = DemoAccounts.All.First(a => a.Role == MarketRoles.Admin);

    private readonly string _operatorFolder = Directory.CreateTempSubdirectory("longan-operator-").FullName;
    private TestDatabase? _database;
    private RedisServer? _redis;
    private readonly S3rver _s3 = new();
    private AppProcess? _a;
    private AppProcess? _b;
    private LoadBalancer? _balancer;

    public AppProcess A => _a ?? throw new InvalidOperationException("Fixture not initialised.");
    public AppProcess B => _b ?? throw new InvalidOperationException("Fixture not initialised.");
    public IReadOnlyList<AppProcess> Both => [A, B];
    public LoadBalancer Balancer => _balancer ?? throw new InvalidOperationException("Fixture not initialised.");
    public S3rver Files => _s3;

    /// <summary>Marks where each instance's log stands, to check later that nothing since was a warning or an error.</summary>
    public LogWatch WatchLogs() => new(Both.ToDictionary(i => i, i => i.LineCount));

    public MarketDbContext Db() => (_database ?? throw new InvalidOperationException("Fixture not initialised.")).CreateContext();

    /// <summary>A client reaching one chosen instance as haproxy would route it: from 127.0.0.2, naming the client it stands for.</summary>
    public static InstanceVisitor RoutedFor(string client) => new(LoadBalancer.Source, forwardedFor: IPAddress.Parse(client));

    /// <summary>A client of the load balancer connecting from its own loopback address.</summary>
    public InstanceVisitor ThroughBalancer(string from) => new(IPAddress.Parse(from), Balancer.Certificate);

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(DatabaseProvider.MySql);
        _redis = await RedisServer.StartAsync();
        await _s3.InitializeAsync();
        var balancerPort = Support.Providers.LoopbackPort.Free();
        var settings = SettingsFor(_database, _redis, _s3, _operatorFolder, balancerPort);

        var seedFolder = Path.Combine(_operatorFolder, "seed");
        Directory.CreateDirectory(seedFolder);
        await RunAsync(settings, seedFolder, "migrate");
        // seed-demo refuses Production (its accounts' passwords are public): loaded as on a developer's machine,
        // into the same database, key ring and buckets.
        await RunAsync(new Dictionary<string, string?>(settings) { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, seedFolder, "seed-demo");

        _a = new AppProcess("A", settings);
        _b = new AppProcess("B", settings);
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
        _balancer = await LoadBalancer.StartAsync(balancerPort, A, B);
    }

    private static Dictionary<string, string?> SettingsFor(TestDatabase database, RedisServer redis, S3rver s3, string secrets, int balancerPort)
    {
        var settings = ProductionSettingsTests.ProductionSettings(secrets, new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Site:PublicBaseUrl"] = $"https://127.0.0.1:{balancerPort}",
            ["AllowedHosts"] = "127.0.0.1",
            ["Hosting:ForwardedHeaders:KnownProxies:0"] = LoadBalancer.Source.ToString(),
            ["Hosting:ForwardedHeaders:ForwardLimit"] = "1",
            ["Hosting:AccountFormsPerMinute"] = SignInsPerMinute.ToString(),
            ["Database:Provider"] = "MySql",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Redis:Configuration"] = redis.Configuration,
            ["Search:PollInterval"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        });
        foreach (var (key, value) in s3.Settings()) settings[key] = value;
        if (database.ServerVersion is { } version) settings["Database:ServerVersion"] = version;
        return settings;
    }

    private static async Task RunAsync(IReadOnlyDictionary<string, string?> settings, string dataPath, string command)
    {
        var result = await AppProcess.RunCommandAsync(settings, dataPath, command);
        if (result.ExitCode != 0) throw new InvalidOperationException($"{command} failed with {result.ExitCode}:\n{result.Output}");
    }

    public async Task DisposeAsync()
    {
        if (_balancer is not null) await _balancer.DisposeAsync();
        if (_a is not null) await _a.DisposeAsync();
        if (_b is not null) await _b.DisposeAsync();
        await _s3.DisposeAsync();
        if (_redis is not null) await _redis.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        try { Directory.Delete(_operatorFolder, recursive: true); } catch (IOException) { }
    }
}
