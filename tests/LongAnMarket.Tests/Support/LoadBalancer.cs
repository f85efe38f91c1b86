using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// Debian's haproxy running docker/haproxy/haproxy.cfg, the file docker/compose.yaml mounts: TLS on a free loopback
/// port with a certificate made for the run, round robin over the given instances, which it reaches from
/// <see cref="Source"/> (their only trusted proxy). Started in the foreground and stopped by its PID.
/// </summary>
public sealed class LoadBalancer : IAsyncDisposable
{
    /// <summary>The address haproxy connects to the instances from.</summary>
    public static readonly IPAddress Source = IPAddress.Parse("127.0.0.2");

    private readonly string _folder = Directory.CreateTempSubdirectory("longan-haproxy-").FullName;
    private readonly List<string> _log = [];
    private Process? _process;

    private LoadBalancer(X509Certificate2 certificate, int port)
    {
        Certificate = certificate;
        Origin = new Uri($"https://127.0.0.1:{port}");
    }

    /// <summary>What clients open: https on loopback.</summary>
    public Uri Origin { get; }

    /// <summary>The self-signed certificate it presents; clients trust this one alone.</summary>
    public X509Certificate2 Certificate { get; }

    public string Log
    {
        get { lock (_log) return string.Join('\n', _log); }
    }

    /// <param name="port">Chosen before the instances start: their Site:PublicBaseUrl names it.</param>
    public static async Task<LoadBalancer> StartAsync(int port, params AppProcess[] instances)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        var balancer = new LoadBalancer(X509CertificateLoader.LoadCertificate(made.Export(X509ContentType.Cert)), port);
        var pem = Path.Combine(balancer._folder, "tls.pem");
        await File.WriteAllTextAsync(pem, made.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem() + "\n");

        var info = new ProcessStartInfo("haproxy") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-db", "-f", Repository.PathOf("docker", "haproxy", "haproxy.cfg") }) info.ArgumentList.Add(argument);
        info.Environment["LONGAN_LB_BIND"] = $"127.0.0.1:{balancer.Origin.Port}";
        info.Environment["LONGAN_LB_CERT"] = pem;
        info.Environment["LONGAN_LB_SOURCE"] = Source.ToString();
        info.Environment["LONGAN_APP1"] = instances[0].Address.Authority;
        info.Environment["LONGAN_APP2"] = instances[1].Address.Authority;
        try { balancer._process = Process.Start(info) ?? throw new InvalidOperationException("haproxy did not start."); }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException("haproxy is not installed: run the tests with `make test`, which installs it, or `apt-get install haproxy`.", missing);
        }
        void Append(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null) lock (balancer._log) balancer._log.Add(e.Data);
        }
        balancer._process.OutputDataReceived += Append;
        balancer._process.ErrorDataReceived += Append;
        balancer._process.BeginOutputReadLine();
        balancer._process.BeginErrorReadLine();
        await balancer.WaitUntilServingAsync();
        return balancer;
    }

    /// <summary>Until /health answers through it twice in a row (once from each instance, round robin).</summary>
    private async Task WaitUntilServingAsync()
    {
        using var client = new InstanceVisitor(trusted: Certificate);
        var clock = Stopwatch.StartNew();
        var answered = 0;
        while (answered < 2)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"haproxy exited with {_process.ExitCode}:\n{Log}");
            if (clock.Elapsed > TimeSpan.FromSeconds(20)) throw new TimeoutException($"haproxy did not serve /health within 20 s:\n{Log}");
            try { answered = (await client.GetAsync(Origin, "/health")).StatusCode == HttpStatusCode.OK ? answered + 1 : 0; }
            catch (HttpRequestException) { answered = 0; }
            if (answered < 2) await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        Certificate.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
