using LongAnMarket.Tests.Support;
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LongAnMarket.Tests.Infrastructure.Deployment;

/// <summary>
/// docker/compose.yaml as `docker-compose config` renders it with the dummy values of tests/scripts/compose-test.env
/// (read back as JSON through the system python3's PyYAML, a dependency of Debian's docker-compose): what the security
/// review asked of the production-like stack, and that no secret or site setting has a default.
/// </summary>
public sealed partial class ComposeFileTests
{
    private static readonly string[] AppServices = ["app1", "app2", "migrate"];
    private static readonly string[] Instances = ["app1", "app2"];
    private static readonly string[] KnownDefaults = ["change-me", "change-me-too"];
    private static readonly string[] InvocationKeys = ["entrypoint", "command"];
    private static readonly string RepositoryRoot = Repository.Root;
    private static readonly Dictionary<string, string> Variables = File.ReadAllLines(Path.Combine(RepositoryRoot, "tests", "scripts", "compose-test.env"))
        .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "");
    private static readonly Lazy<Task<JsonElement>> Rendered = new(RenderAsync);

    [Fact]
    public async Task Should_not_publish_elasticsearch()
    {
        Assert.False((await ServiceAsync("elasticsearch")).TryGetProperty("ports", out _), "elasticsearch must not be published on a host port.");
    }

    [Fact]
    public async Task Should_not_publish_mariadb()
    {
        Assert.False((await ServiceAsync("mariadb")).TryGetProperty("ports", out _), "mariadb must not be published on a host port.");
    }

    [Fact]
    public async Task Should_run_elasticsearch_with_security_on()
    {
        var environment = EnvironmentOf(await ServiceAsync("elasticsearch"));
        Assert.Equal("true", environment.GetValueOrDefault("xpack.security.enabled"));
        Assert.Equal(Variables["LONGAN_ES_PASSWORD"], environment.GetValueOrDefault("ELASTIC_PASSWORD"));
    }

    [Fact]
    public async Task Should_authenticate_the_elasticsearch_healthcheck()
    {
        var test = string.Join(' ', Words((await ServiceAsync("elasticsearch")).GetProperty("healthcheck").GetProperty("test")));
        Assert.Matches(@"-u\s+""?elastic:", test);
    }

    [Fact]
    public async Task Should_give_the_app_and_migrate_an_elasticsearch_api_key()
    {
        foreach (var name in AppServices)
            Assert.Equal(Variables["LONGAN_ES_API_KEY"], EnvironmentOf(await ServiceAsync(name)).GetValueOrDefault("Search__Elasticsearch__ApiKey"));
    }

    [Fact]
    public async Task Should_not_allow_plain_http_in_any_service()
    {
        foreach (var service in (await Rendered.Value).GetProperty("services").EnumerateObject())
            Assert.DoesNotContain(EnvironmentOf(service.Value).Keys, key => key.Replace("__", ":").Equals("Hosting:AllowPlainHttp", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_run_the_app_and_migrate_in_production_with_its_required_settings()
    {
        foreach (var name in AppServices)
        {
            var environment = EnvironmentOf(await ServiceAsync(name));
            Assert.Equal("Production", environment.GetValueOrDefault("ASPNETCORE_ENVIRONMENT"));
            Assert.StartsWith("https://", environment.GetValueOrDefault("Site__PublicBaseUrl"), StringComparison.Ordinal);
            var hosts = environment.GetValueOrDefault("AllowedHosts", "");
            Assert.False(string.IsNullOrWhiteSpace(hosts), $"{name}: AllowedHosts is not set.");
            Assert.DoesNotContain("*", hosts.Split(';', StringSplitOptions.TrimEntries));
            Assert.False(string.IsNullOrWhiteSpace(environment.GetValueOrDefault("Security__KeyEncryptionCertificatePath")), $"{name}: Security__KeyEncryptionCertificatePath is not set.");
        }
    }

    [Fact]
    public async Task Should_publish_only_haproxy_with_tls_and_have_the_instances_trust_it_alone()
    {
        var services = (await Rendered.Value).GetProperty("services").EnumerateObject().ToList();
        Assert.Equal(["haproxy"], services.Where(s => s.Value.TryGetProperty("ports", out _)).Select(s => s.Name));
        var haproxy = await ServiceAsync("haproxy");
        Assert.Contains(haproxy.GetProperty("volumes").EnumerateArray(), volume => volume.ValueKind == JsonValueKind.String
            ? volume.GetString()!.Contains("/docker/haproxy/haproxy.cfg:", StringComparison.Ordinal) // the file the tests run
            : volume.GetProperty("source").GetString()!.EndsWith("docker/haproxy/haproxy.cfg", StringComparison.Ordinal));
        var address = haproxy.GetProperty("networks").GetProperty("default").GetProperty("ipv4_address").GetString();
        Assert.Equal(address, EnvironmentOf(haproxy).GetValueOrDefault("LONGAN_LB_SOURCE"));
        Assert.Contains("ssl crt", await File.ReadAllTextAsync(Path.Combine(RepositoryRoot, "docker", "haproxy", "haproxy.cfg")));
        foreach (var name in Instances)
        {
            var environment = EnvironmentOf(await ServiceAsync(name));
            Assert.Equal(address, environment.GetValueOrDefault("Hosting__ForwardedHeaders__KnownProxies__0"));
            Assert.Equal(name, environment.GetValueOrDefault("Hosting__InstanceName"));
            Assert.Equal("S3", environment.GetValueOrDefault("Storage__Provider"));
            Assert.StartsWith("redis:6379,password=", environment.GetValueOrDefault("Redis__Configuration"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Should_mount_the_secrets_read_only()
    {
        foreach (var name in AppServices)
            Assert.Contains((await ServiceAsync(name)).GetProperty("volumes").EnumerateArray(), volume => volume.ValueKind == JsonValueKind.String
                ? volume.GetString()!.EndsWith(":/run/secrets:ro", StringComparison.Ordinal)
                : volume.TryGetProperty("target", out var target) && target.GetString() == "/run/secrets"
                    && volume.TryGetProperty("read_only", out var readOnly) && readOnly.ValueKind == JsonValueKind.True);
    }

    [Fact]
    public async Task Should_seed_only_the_demo_catalogue_in_migrate()
    {
        var migrate = await ServiceAsync("migrate");
        var invocation = string.Join(' ', InvocationKeys.SelectMany(key => migrate.TryGetProperty(key, out var value) ? Words(value) : Enumerable.Empty<string>()));
        Assert.Contains("seed-demo --catalogue-only", invocation);
        Assert.DoesNotMatch("seed-demo(?! --catalogue-only)", invocation);
    }

    [Fact]
    public async Task Should_not_use_a_known_default_for_any_password()
    {
        var secrets = new List<string>();
        foreach (var service in (await Rendered.Value).GetProperty("services").EnumerateObject())
            foreach (var (name, value) in EnvironmentOf(service.Value))
            {
                if (PasswordLike().IsMatch(name)) secrets.Add(value);
                secrets.AddRange(ConnectionStringPassword().Matches(value).Select(match => match.Groups["password"].Value));
            }
        Assert.NotEmpty(secrets);
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, KnownDefaults));
        // Each one comes from a variable: none is written into the file.
        Assert.All(secrets, secret => Assert.Contains(secret, Variables.Values));
    }

    [Fact]
    public async Task Should_refuse_to_render_without_the_variables()
    {
        var (exitCode, _, errors) = await ComposeConfigAsync([]);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(Variables.Keys, name => errors.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_require_each_variable()
    {
        foreach (var missing in Variables.Keys)
        {
            var (exitCode, _, errors) = await ComposeConfigAsync(Variables.Where(variable => variable.Key != missing));
            if (exitCode == 0) Assert.Fail($"docker/compose.yaml renders without {missing}: it must be ${{{missing}:?message}}, never defaulted.");
            Assert.Contains(missing, errors);
        }
    }

    private static async Task<JsonElement> RenderAsync()
    {
        var (exitCode, yaml, errors) = await ComposeConfigAsync(Variables);
        if (exitCode != 0) Assert.Fail($"docker-compose config failed ({exitCode}): {errors}");
        var (parsed, json, parseErrors) = await RunAsync("/usr/bin/python3", ["-c", "import sys,yaml,json; print(json.dumps(yaml.safe_load(sys.stdin)))"], new Dictionary<string, string?>(), yaml);
        if (parsed != 0) Assert.Fail($"/usr/bin/python3 could not read the rendered YAML ({parsed}): {parseErrors}");
        return JsonSerializer.Deserialize<JsonElement>(json);
    }

    /// <summary>`docker-compose config` with only these of the required variables set; an empty --env-file keeps a docker/.env out.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> ComposeConfigAsync(IEnumerable<KeyValuePair<string, string>> variables)
    {
        var environment = Variables.ToDictionary(variable => variable.Key, _ => (string?)null);
        foreach (var (name, value) in variables) environment[name] = value;
        var emptyEnvFile = Path.GetTempFileName();
        try
        {
            return await RunAsync("docker-compose", ["--env-file", emptyEnvFile, "-f", Path.Combine(RepositoryRoot, "docker", "compose.yaml"), "config"], environment);
        }
        finally { File.Delete(emptyEnvFile); }
    }

    /// <summary>Runs a program (an environment value of null removes that variable) and returns its exit code and output.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string? stdin = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = RepositoryRoot, UseShellExecute = false,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment)
            if (value is null) info.Environment.Remove(name); else info.Environment[name] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran for over a minute."); }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task<JsonElement> ServiceAsync(string name) => (await Rendered.Value).GetProperty("services").GetProperty(name);

    private static Dictionary<string, string> EnvironmentOf(JsonElement service) =>
        !service.TryGetProperty("environment", out var environment) ? new Dictionary<string, string>()
        : environment.ValueKind == JsonValueKind.Array ? environment.EnumerateArray().Select(entry => entry.ToString().Split('=', 2)).ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "")
        : environment.EnumerateObject().ToDictionary(property => property.Name, property => property.Value.ToString());

    private static IEnumerable<string> Words(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(word => word.ToString()) : new[] { value.ToString() };


    [GeneratedRegex("password|apikey|secret", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordLike();

    [GeneratedRegex(@"(?:^|;)\s*(?:password|pwd)\s*=\s*(?<password>[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionStringPassword();
}
