using System.Diagnostics;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;
using LongAnMarket.Infrastructure.Files;

namespace LongAnMarket.Tests.Support;

/// <summary>
/// npm's s3rver (pinned in tests/stand-ins/s3rver, installed by `make test`), run with node on a free loopback port
/// with a public and a private bucket: an S3-compatible service the S3 file stores reach as they would any other, with
/// signatures checked. Killed by its PID when disposed; it also stops by itself when its standard input closes, so a
/// test run that dies leaves none behind.
/// </summary>
public sealed class S3rver : IAsyncLifetime
{
    public const string PublicBucket = "longan-public";
    public const string PrivateBucket = "longan-private";
    /// <summary>s3rver's own fixed key pair.</summary>
    private const string AccessKey = "S3RVER", SecretKey = "S3RVER";
    private static readonly string Folder = Repository.PathOf("tests", "stand-ins", "s3rver");
    private readonly string _data = Directory.CreateTempSubdirectory("longan-s3rver-").FullName;
    private readonly StringBuilder _errors = new();
    private Process? _node;
    private AmazonS3Client? _client;

    public Uri ServiceUrl { get; private set; } = new("http://127.0.0.1");

    /// <summary>The public bucket's address, as a CDN in front of it would be configured (path style).</summary>
    public string PublicBucketUrl => $"{ServiceUrl.GetLeftPart(UriPartial.Authority)}/{PublicBucket}";

    public S3StorageOptions Options => new()
    {
        ServiceUrl = ServiceUrl.ToString(), PublicBucket = PublicBucket, PrivateBucket = PrivateBucket,
        AccessKey = AccessKey, SecretKey = SecretKey, ForcePathStyle = true,
    };

    /// <summary>The app's configuration for these buckets (Storage:Provider = S3), pictures pointed at <paramref name="publicBaseUrl"/> if given.</summary>
    public Dictionary<string, string?> Settings(string? publicBaseUrl = null) => new()
    {
        ["Storage:Provider"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl.ToString(),
        ["Storage:S3:PublicBucket"] = PublicBucket,
        ["Storage:S3:PrivateBucket"] = PrivateBucket,
        ["Storage:S3:AccessKey"] = AccessKey,
        ["Storage:S3:SecretKey"] = SecretKey,
        ["Storage:S3:ForcePathStyle"] = "true",
        ["Storage:S3:PublicBaseUrl"] = publicBaseUrl,
    };

    /// <summary>The buckets as the app's stores reach them, for a test to look into or tamper with.</summary>
    public S3Buckets Buckets => new(new S3FileStore(Client, PublicBucket, FileStorage.PublicCacheControl), new S3FileStore(Client, PrivateBucket));

    public IAmazonS3 Client => _client ?? throw new InvalidOperationException("s3rver is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "s3rver", "package.json")))
            throw new InvalidOperationException($"s3rver is not installed: run `npm ci` in {Folder} (make test does).");
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var arg in new[] { "start.js", _data, PublicBucket, PrivateBucket }) info.ArgumentList.Add(arg);
        _node = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        _node.ErrorDataReceived += (_, line) => { lock (_errors) _errors.AppendLine(line.Data); };
        _node.BeginErrorReadLine();
        string? first;
        try { first = await _node.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)); }
        catch (TimeoutException) { first = null; }
        if (first is null || !first.StartsWith("listening ", StringComparison.Ordinal) || !int.TryParse(first["listening ".Length..], out var port))
        {
            await DisposeAsync();
            throw new InvalidOperationException($"s3rver did not start: “{first}” {Errors}");
        }
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
        _client = FileStorage.Connect(Options);
        await Eventually.TrueAsync(AnswersAsync, TimeSpan.FromSeconds(20), "s3rver answering for both buckets");
    }

    private string Errors
    {
        get { lock (_errors) return _errors.ToString(); }
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            foreach (var bucket in new[] { PublicBucket, PrivateBucket })
                await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, MaxKeys = 1 });
            return true;
        }
        catch (Exception ex) when (ex is AmazonS3Exception or HttpRequestException) { return false; }
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_node is not null)
        {
            if (!_node.HasExited)
            {
                _node.Kill(entireProcessTree: true);
                await _node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            _node.Dispose();
            _node = null;
        }
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}
