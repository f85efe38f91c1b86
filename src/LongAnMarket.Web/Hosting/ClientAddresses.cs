using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Infrastructure.Instances;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// A client's address kept only as an HMAC under a salt that changes every day: requests from one address on one
/// day look alike (scan counts, unpaid-order caps) on every instance, and no address can be read back.
/// </summary>
public sealed class ClientAddresses(ScanSalt salt)
{
    public string Hash(HttpContext http, DateTime now)
    {
        var daySalt = HMACSHA256.HashData(salt.Secret, Encoding.ASCII.GetBytes(now.ToString("yyyy-MM-dd")));
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(HMACSHA256.HashData(daySalt, Encoding.UTF8.GetBytes(address)))[..16];
    }
}
