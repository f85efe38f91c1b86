using System.Net;
using System.Text.Json;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Web.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// GET /health tells anyone (a load balancer) only the overall state: 200 healthy or degraded, 503 unhealthy.
/// GET /health/details names each component, for an admin's two-factor session or a management network.
/// </summary>
public static class HealthEndpoints
{
    public static void MapHealth(this WebApplication app)
    {
        app.MapMethods("/health", ["GET", "HEAD"], async (HttpContext context, HealthCheckService health) =>
        {
            var report = await health.CheckHealthAsync(context.RequestAborted);
            await WriteAsync(context, report.Status, new { status = report.Status.ToString() });
        });
        var management = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.ManagementNetworks
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
                : throw new DeploymentConfigurationException([$"Hosting:ManagementNetworks: “{n}” is not a network in CIDR form (e.g. 127.0.0.0/8)."]))
            .ToList();
        app.MapGet("/health/details", async (HttpContext context, HealthCheckService health) =>
        {
            if (!MayReadDetails(context, management)) { context.Response.StatusCode = StatusCodes.Status404NotFound; return; }
            var report = await health.CheckHealthAsync(context.RequestAborted);
            await WriteAsync(context, report.Status, new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    data = e.Value.Data.Count == 0 ? null : e.Value.Data,
                }),
            });
        });
    }

    private static Task WriteAsync(HttpContext context, HealthStatus status, object body)
    {
        context.Response.StatusCode = status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static bool MayReadDetails(HttpContext context, IReadOnlyList<System.Net.IPNetwork> management)
    {
        if (context.User.IsInRole(MarketRoles.Admin) && RequireTwoFactorForAdmins.PassedTwoFactor(context.User)) return true;
        var client = context.Connection.RemoteIpAddress;
        if (client is null) return false;
        if (client.IsIPv4MappedToIPv6) client = client.MapToIPv4();
        return management.Any(network => network.Contains(client));
    }
}
