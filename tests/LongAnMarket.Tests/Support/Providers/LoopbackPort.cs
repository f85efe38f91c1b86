using System.Net;
using System.Net.Sockets;

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
}
