using System.Diagnostics;
using System.Net;
using LongAnMarket.Tests.Support.Providers;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// The Release build of the web app as its own process, as an operator runs one instance of several: `dotnet
/// LongAnMarket.Web.dll --urls …` with its configuration in environment variables, its own data folder and a free
/// loopback port it keeps across restarts. Everything it prints goes to <see cref="Log"/>.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsDataPath;
    private readonly List<string> _log = [];
    private Process? _process;

    /// <param name="instanceName">Hosting:InstanceName, the name its leases and search index go by.</param>
    /// <param name="settings">Configuration keys ("Database:Provider") and ASPNETCORE_ENVIRONMENT, shared by the instances.</param>
    /// <param name="dataPath">Another instance's data folder; a fresh one of its own when null.</param>
    public AppProcess(string instanceName, IReadOnlyDictionary<string, string?> settings, string? dataPath = null)
    {
        InstanceName = instanceName;
        _settings = settings;
        _ownsDataPath = dataPath is null;
        DataPath = dataPath ?? Directory.CreateTempSubdirectory($"longan-instance-{instanceName}-").FullName;
        Address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
    }

    public string InstanceName { get; }
    public string DataPath { get; }
    public Uri Address { get; }

    /// <summary>Everything the process printed, over all its starts.</summary>
    public string Log
    {
        get { lock (_log) return string.Join('\n', _log); }
    }

    /// <summary>How many lines it has printed so far: a mark to read <see cref="LinesSince"/> from.</summary>
    public int LineCount
    {
        get { lock (_log) return _log.Count; }
    }

    public IReadOnlyList<string> LinesSince(int mark)
    {
        lock (_log) return _log.Skip(mark).ToList();
    }

    /// <summary>Entries logged at warning level or above since <paramref name="mark"/> (the console logger writes one line per entry here).</summary>
    public IReadOnlyList<string> WarningsSince(int mark) =>
        LinesSince(mark).Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal)
            || l.StartsWith("crit:", StringComparison.Ordinal)).ToList();

    /// <summary>Starts the process (again, after <see cref="StopAsync"/>: same data folder and port) and waits until GET /health answers 200.</summary>
    public async Task StartAsync()
    {
        if (_process is not null) throw new InvalidOperationException($"Instance {InstanceName} is already running.");
        lock (_log) if (_log.Count > 0) _log.Add($"--- instance {InstanceName} starts again ---");
        _process = Launch(["--urls", Address.ToString()], _log);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Instance {InstanceName} exited with {_process.ExitCode} while starting:\n{Log}");
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/health"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Instance {InstanceName} did not answer /health with 200 within {StartLimit.TotalSeconds:F0} s:\n{Log}");
    }

    /// <summary>Starts the process and waits for it to end by itself; its exit code, or a timeout (and the process ended) after <paramref name="within"/>.</summary>
    public async Task<int> RunUntilExitAsync(TimeSpan within)
    {
        _process = Launch(["--urls", Address.ToString()], _log);
        try { await _process.WaitForExitAsync().WaitAsync(within); }
        catch (TimeoutException)
        {
            await StopAsync();
            throw new TimeoutException($"Instance {InstanceName} was still running after {within.TotalSeconds:F0} s:\n{Log}");
        }
        return _process.ExitCode;
    }

    /// <summary>Ends the process at once, as a crash or a lost machine would, and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>One of the app's commands (migrate, seed-demo…) with <paramref name="settings"/> on <paramref name="dataPath"/>, as an operator runs it.</summary>
    public static async Task<CommandResult> RunCommandAsync(IReadOnlyDictionary<string, string?> settings, string dataPath, params string[] args)
    {
        var printed = new List<string>();
        using var process = Launch(args, printed, settings, dataPath, instanceName: null);
        try { await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2)); }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        lock (printed) return new CommandResult(process.ExitCode, string.Join('\n', printed));
    }

    private Process Launch(string[] args, List<string> log) => Launch(args, log, _settings, DataPath, InstanceName);

    private static Process Launch(string[] args, List<string> log, IReadOnlyDictionary<string, string?> settings, string dataPath, string? instanceName)
    {
        var web = Repository.PathOf("src", "LongAnMarket.Web");
        var dll = Path.Combine(web, "bin", BuildConfiguration, "net10.0", "LongAnMarket.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the solution first ({dll} is missing).");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__")] = value;
        info.Environment["Storage__DataPath"] = dataPath;
        if (instanceName is not null) info.Environment["Hosting__InstanceName"] = instanceName;
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        info.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        void Append(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null) lock (log) log.Add(e.Data);
        }
        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsDataPath) try { Directory.Delete(DataPath, recursive: true); } catch (IOException) { }
    }
}

public sealed record CommandResult(int ExitCode, string Output);
