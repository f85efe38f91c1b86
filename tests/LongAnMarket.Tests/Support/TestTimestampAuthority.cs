using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// A real RFC 3161 Time-Stamping Authority on a free loopback port: each application/timestamp-query body is piped
/// through `openssl ts -reply`, signed by a TSA certificate (critical extendedKeyUsage timeStamping) issued by a throwaway
/// CA, both generated when it starts. The app is configured with <see cref="Url"/> and <see cref="CaCertificatePath"/>.
/// </summary>
public sealed class TestTimestampAuthority : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly string _folder = Directory.CreateTempSubdirectory("longan-tsa-").FullName;

    private TestTimestampAuthority(int port)
    {
        Url = $"http://127.0.0.1:{port}/tsa";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
    }

    public string Url { get; }
    public string CaCertificatePath => Path.Combine(_folder, "ca.crt");
    public int Stamped { get; private set; }

    public static async Task<TestTimestampAuthority> StartAsync()
    {
        var tsa = new TestTimestampAuthority(FreePort());
        await tsa.MakeCertificatesAsync();
        tsa._listener.Start();
        return tsa.WithServing();
    }

    /// <summary>A token for <paramref name="sha256"/> straight from the TSA, as an attacker with access to it could get one.</summary>
    public async Task<byte[]> StampAsync(byte[] sha256)
    {
        var request = System.Security.Cryptography.Pkcs.Rfc3161TimestampRequest.CreateFromHash(sha256,
            System.Security.Cryptography.HashAlgorithmName.SHA256, requestSignerCertificates: true);
        var token = request.ProcessResponse(await ReplyAsync(request.Encode()), out _);
        return token.AsSignedCms().Encode();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try { await _servingTask; } catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException) { }
        _listener.Close();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private Task? _loop;

    private TestTimestampAuthority WithServing()
    {
        _loop = Task.Run(ServeAsync);
        return this;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.HttpMethod != "POST" || context.Request.ContentType != "application/timestamp-query")
            {
                context.Response.StatusCode = 415;
                context.Response.Close();
                continue;
            }
            var reply = await ReplyAsync(body.ToArray());
            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(reply);
            context.Response.Close();
        }
    }

    private async Task<byte[]> ReplyAsync(byte[] query)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            var queryPath = Path.Combine(_folder, "query.tsq");
            var replyPath = Path.Combine(_folder, "reply.tsr");
            await File.WriteAllBytesAsync(queryPath, query);
            await OpenSslAsync("ts", "-reply", "-config", Path.Combine(_folder, "ts.cnf"), "-queryfile", queryPath, "-out", replyPath);
            Stamped++;
            return await File.ReadAllBytesAsync(replyPath);
        }
        finally { _oneAtATime.Release(); }
    }

    private async Task MakeCertificatesAsync()
    {
        string In(string name) => Path.Combine(_folder, name);
        await OpenSslAsync("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
            "-subj", "/CN=LongAnMarket Test TSA Root", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            "-keyout", In("ca.key"), "-out", In("ca.crt"));
        await OpenSslAsync("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=LongAnMarket Test TSA",
            "-keyout", In("tsa.key"), "-out", In("tsa.csr"));
        await File.WriteAllTextAsync(In("tsa.ext"), "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n");
        await OpenSslAsync("x509", "-req", "-in", In("tsa.csr"), "-CA", In("ca.crt"), "-CAkey", In("ca.key"), "-CAcreateserial", "-days", "2",
            "-extfile", In("tsa.ext"), "-out", In("tsa.crt"));
        await File.WriteAllTextAsync(In("tsaserial"), "01\n");
        await File.WriteAllTextAsync(In("ts.cnf"), $"""
            [ tsa ]
            default_tsa = tsa_config
            [ tsa_config ]
            dir = {_folder}
            serial = $dir/tsaserial
            crypto_device = builtin
            signer_cert = $dir/tsa.crt
            certs = $dir/ca.crt
            signer_key = $dir/tsa.key
            signer_digest = sha256
            default_policy = 1.3.6.1.4.1.99999.1
            digests = sha256
            accuracy = secs:1
            ordering = yes
            tsa_name = yes
            ess_cert_id_chain = no
            ess_cert_id_alg = sha256
            """);
    }

    private static async Task OpenSslAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"openssl {arguments[0]} failed: {await error}");
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private Task _servingTask => _loop ?? Task.CompletedTask;
}
