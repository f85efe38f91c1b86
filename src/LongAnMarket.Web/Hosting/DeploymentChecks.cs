namespace LongAnMarket.Web.Hosting;

/// <summary>A setting a public deployment cannot run without, or one that would make it unsafe.</summary>
public sealed class DeploymentConfigurationException(IReadOnlyList<string> problems)
    : Exception("LongAnMarket will not start with this configuration:\n" + string.Join("\n", problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// What Production requires before it serves anyone: links built only from a configured public origin, a host list,
/// no plain http outside loopback, an encrypted key ring, and the operator's legal identity (not the demo's). Checked while the app is built, so a missing setting
/// stops start-up with every problem named instead of surfacing later as a 500 or a forged link.
/// </summary>
public static class DeploymentChecks
{
    public static void Enforce(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        var plainHttp = configuration.GetValue<bool>($"{HostingOptions.Section}:{nameof(HostingOptions.AllowPlainHttp)}");
        var origin = configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.PublicBaseUrl)}"];
        Uri? originUri = null;
        if (!string.IsNullOrWhiteSpace(origin) && (!Uri.TryCreate(origin, UriKind.Absolute, out originUri) || originUri.Scheme is not ("http" or "https")))
            problems.Add($"Site:PublicBaseUrl “{origin}” is not an absolute http(s) URL.");
        if (plainHttp && originUri is not null && !ProxyHeaders.IsLoopback(originUri.Host))
            problems.Add($"Hosting:AllowPlainHttp is for loopback benchmarks only; Site:PublicBaseUrl {origin} is not a loopback address. Behind a TLS proxy, set Hosting:ForwardedHeaders:KnownProxies instead.");
        if (configuration.GetSection(Infrastructure.Data.StorageOptions.Section).Get<Infrastructure.Data.StorageOptions>() is { Provider: Infrastructure.Data.StorageProvider.S3 } storage)
            problems.AddRange(storage.S3.Problems().Select(problem => "Storage:Provider is S3: " + problem));

        if (environment.IsProduction())
        {
            if (string.IsNullOrWhiteSpace(origin))
                problems.Add("Site:PublicBaseUrl is required in Production (e.g. https://longanmarket.vn): every link in emails, QR codes, linksets and sitemaps is built from it.");
            else if (originUri is { Scheme: "http" } && !plainHttp)
                problems.Add($"Site:PublicBaseUrl {origin} must be https (plain http only with Hosting:AllowPlainHttp on a loopback address).");
            var hosts = configuration["AllowedHosts"];
            if (string.IsNullOrWhiteSpace(hosts) || hosts.Split(';', StringSplitOptions.TrimEntries).Contains("*"))
                problems.Add("AllowedHosts must name the site's host names (e.g. longanmarket.vn;www.longanmarket.vn), not *: requests for any other Host get 400.");
            if (plainHttp)
                foreach (var url in (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    if (Uri.TryCreate(url.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var listen) && !ProxyHeaders.IsLoopback(listen.Host))
                        problems.Add($"Hosting:AllowPlainHttp is for loopback benchmarks only; the app listens on {url}.");
            problems.AddRange((configuration.GetSection(Compliance.OperatorOptions.Section).Get<Compliance.OperatorOptions>() ?? new()).Problems());
            if (string.IsNullOrWhiteSpace(configuration[$"{KeyRingProtection.Section}:{nameof(KeyRingProtection.KeyEncryptionCertificatePath)}"]))
                problems.Add("Security:KeyEncryptionCertificatePath is required in Production: a PFX certificate that encrypts the Data Protection key ring at rest (password in Security:KeyEncryptionCertificatePassword, from the environment).");
        }
        if (problems.Count > 0) throw new DeploymentConfigurationException(problems);
    }
}
