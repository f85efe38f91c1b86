using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// Debian's <c>redis-server</c> on a free loopback port, without persistence, in a folder of its own; `make test`
/// installs it. Stopped by its process ID (and its folder deleted) when disposed, or earlier by a test about an outage.
/// Tests sharing one server each use their own <see cref="NewPrefix"/>, so none sees another's keys.
/// </summary>
public sealed class RedisServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("longan-redis-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort();

    /// <summary>The StackExchange.Redis connection string the app is given as Redis:Configuration.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000";

    public static string NewPrefix() => $"test-{Guid.NewGuid():N}:";

    /// <summary>A connection string for a loopback port where nothing listens.</summary>
    public static string Unreachable() => $"127.0.0.1:{FreePort()},connectTimeout=1000";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer();
        await server.InitializeAsync();
        return server;
    }

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", _folder, "--loglevel", "warning" })
            start.ArgumentList.Add(argument);
        try { _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start."); }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException("redis-server is not installed: run the tests with `make test`, which installs it, or `apt-get install redis-server`.", missing);
        }
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var clock = Stopwatch.StartNew();
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(10))
                throw new InvalidOperationException($"redis-server on port {Port} did not answer PING within 10 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the server as an outage would: the app's connection drops and nothing answers on the port.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>Starts it again on the same port, empty, as a Redis without persistence comes back from a restart.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        _process?.Dispose();
        await InitializeAsync();
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(1));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException) { return false; }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
