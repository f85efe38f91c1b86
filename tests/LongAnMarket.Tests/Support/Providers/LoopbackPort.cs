using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Tests.Support.Providers;

public static class LoopbackPort
{
    /// <summary>A port free on 127.0.0.1 right now, for a stand-in that must know its address before it starts.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A quiet Kestrel app listening on <paramref name="address"/>, for a stand-in to map its endpoints on.</summary>
    public static WebApplication Host(Uri address)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.ToString());
        builder.Logging.ClearProviders();
        return builder.Build();
    }
}
