using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy: the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto,
/// believed only from the configured proxies. Everything that follows (Secure cookies, HSTS, the HTTPS redirect, rate
/// limits, scan clients) then sees the real client and scheme.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection($"{HostingOptions.Section}:ForwardedHeaders").Get<ForwardedHeadersSettings>() ?? new();
        var proxies = settings.KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var address) ? address
            : throw new InvalidOperationException($"Hosting:ForwardedHeaders:KnownProxies: “{p}” is not an IP address.")).ToList();
        var networks = settings.KnownNetworks.Select(n => System.Net.IPNetwork.TryParse(n.Trim(), out var network) ? network
            : throw new InvalidOperationException($"Hosting:ForwardedHeaders:KnownNetworks: “{n}” is not a network in CIDR form (e.g. 10.0.0.0/24).")).ToList();
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = Math.Max(1, settings.ForwardLimit);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
    }

    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
