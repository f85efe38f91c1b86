using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LongAnMarket.Tests.Support.Providers;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>
/// The built web app as its own process, the way `make run` starts it: a fresh SQLite data folder,
/// `migrate` and `seed-demo` through the app's own commands, then Kestrel on a free loopback port. Its head log is
/// time-stamped by a real RFC 3161 authority (<see cref="LongAnMarket.Tests.Support.TestTimestampAuthority"/>), and
/// provenance pages verify on every view (ReverifySeconds 0), so a record changed on disk shows on the next view.
/// </summary>
public sealed class RunningSite : IAsyncDisposable
{
    private readonly Process _server;
    private readonly string _dataPath;
    private static LongAnMarket.Tests.Support.TestTimestampAuthority? _tsa;
    private static PayOsStandIn? _payOs;
    private static SePayStandIn? _sePay;

    /// <summary>payOS, opening payment links for the site's orders and notifying it.</summary>
    public static PayOsStandIn PayOs => _payOs ?? throw new InvalidOperationException("The site is not started.");
    /// <summary>SePay, watching the site's bank account and notifying it.</summary>
    public static SePayStandIn SePay => _sePay ?? throw new InvalidOperationException("The site is not started.");

    /// <summary>
    /// The public host the site is configured with: 30 characters, the longest a province's domain is likely to be, so
    /// every QR code and link the tests read is as long as a real one gets. Chromium resolves *.localhost to loopback.
    /// </summary>
    public const string PublicHost = "tx.longan-tayninh-vn.localhost";

    private RunningSite(Process server, string dataPath, Uri address, Uri publicOrigin)
    {
        _server = server;
        _dataPath = dataPath;
        Address = address;
        PublicOrigin = publicOrigin;
    }

    /// <summary>Where the site listens, for the tests' own HTTP clients.</summary>
    public Uri Address { get; }

    /// <summary>The site's configured public origin (Site:PublicBaseUrl) on the same port: what browsers open and links name.</summary>
    public Uri PublicOrigin { get; }

    private static string? _publicBaseUrl;

    /// <summary>The site's data folder: its mail-pickup/ holds the emails it sent.</summary>
    public string DataPath => _dataPath;
    public string ServerLog => _log.ToString();
    private static readonly System.Text.StringBuilder _log = new();

    public static async Task<RunningSite> StartAsync()
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "LongAnMarket.Web");
        var dll = Path.Combine(web, "bin", BuildConfiguration(), "net10.0", "LongAnMarket.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the solution first ({dll} is missing).");
        var dataPath = Directory.CreateTempSubdirectory("longan-browser-").FullName;
        _tsa = await LongAnMarket.Tests.Support.TestTimestampAuthority.StartAsync();
        _payOs = await PayOsStandIn.StartAsync();
        _sePay = await SePayStandIn.StartAsync();

        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var publicOrigin = new Uri($"http://{PublicHost}:{port}");
        _publicBaseUrl = publicOrigin.ToString().TrimEnd('/');
        foreach (var command in new[] { "migrate", "seed-demo" })
        {
            using var step = Start(dll, web, dataPath, command);
            await step.WaitForExitAsync();
            if (step.ExitCode != 0) throw new InvalidOperationException($"{command} failed: {_log}");
        }

        var notifier = new HttpClient { BaseAddress = address };
        _payOs.Merchant = (notifier, ProviderSettings.PayOsWebhook);
        _sePay.Merchant = (notifier, ProviderSettings.SePayWebhook);
        var server = Start(dll, web, dataPath, "--urls", address.ToString());
        var site = new RunningSite(server, dataPath, address, publicOrigin);
        await site.WaitUntilHealthyAsync();
        return site;
    }

    /// <summary>Runs one of the app's commands (e.g. create-admin) against this site's data, as an operator would; returns what it printed.</summary>
    public async Task<string> RunCommandAsync(params string[] args)
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "LongAnMarket.Web");
        var dll = Path.Combine(web, "bin", BuildConfiguration(), "net10.0", "LongAnMarket.Web.dll");
        var printed = new System.Text.StringBuilder();
        using var step = Start(dll, web, _dataPath, args, printed);
        await step.WaitForExitAsync();
        if (step.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', args)} failed: {_log}");
        lock (printed) return printed.ToString();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (_server.HasExited) throw new InvalidOperationException($"The site exited: {_log}");
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/health"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The site did not become healthy: {_log}");
    }

    private static Process Start(string dll, string contentRoot, string dataPath, params string[] args) => Start(dll, contentRoot, dataPath, args, null);

    private static Process Start(string dll, string contentRoot, string dataPath, string[] args, System.Text.StringBuilder? printed)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Storage__DataPath"] = dataPath;
        info.Environment["Database__Provider"] = "Sqlite";
        // Every browser test posts from 127.0.0.1: the per-client limits are raised as a busy shared address would need.
        info.Environment["Hosting__AccountFormsPerMinute"] = "1000";
        info.Environment["Hosting__CartPostsPerMinute"] = "10000";
        info.Environment["Hosting__CheckoutPostsPerMinute"] = "1000";
        info.Environment["Ordering__Holds__MaxUnpaidOrdersPerAddress"] = "1000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Traceability__ReverifySeconds"] = "0";
        if (_publicBaseUrl is not null) info.Environment["Site__PublicBaseUrl"] = _publicBaseUrl;
        if (_tsa is not null)
        {
            info.Environment["Traceability__Tsa__Url"] = _tsa.Url;
            info.Environment["Traceability__Tsa__CertificatesPath"] = _tsa.CaCertificatePath;
        }
        if (_payOs is not null && _sePay is not null)
            foreach (var (key, value) in ProviderSettings.For(_payOs, _sePay))
                if (!key.StartsWith("Payments:ExpirySweep", StringComparison.Ordinal)) info.Environment[key.Replace(":", "__")] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_log) _log.AppendLine(e.Data);
            if (printed is not null) lock (printed) printed.AppendLine(e.Data);
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_log) _log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "LongAnMarket.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("LongAnMarket.sln not found above the test output.");
    }

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server.Dispose();
        if (_tsa is not null) await _tsa.DisposeAsync();
        if (_payOs is not null) await _payOs.DisposeAsync();
        if (_sePay is not null) await _sePay.DisposeAsync();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }
}
