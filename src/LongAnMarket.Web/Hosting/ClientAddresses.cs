using System.Security.Cryptography;
using System.Text;
using LongAnMarket.Infrastructure;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// A client's address kept only as an HMAC under a salt that changes every day: requests from one address on one
/// day look alike (scan counts, unpaid-order caps), and no address can be read back.
/// </summary>
public sealed class ClientAddresses(DataFolder data)
{
    private readonly byte[] _secret = LoadOrCreateSecret(Path.Combine(data.Path, "private", "scan-salt"));

    public string Hash(HttpContext http, DateTime now)
    {
        var daySalt = HMACSHA256.HashData(_secret, Encoding.ASCII.GetBytes(now.ToString("yyyy-MM-dd")));
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return Convert.ToHexStringLower(HMACSHA256.HashData(daySalt, Encoding.UTF8.GetBytes(address)))[..16];
    }

    private static byte[] LoadOrCreateSecret(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, RandomNumberGenerator.GetBytes(32));
            try { File.Move(temporary, path, overwrite: false); }
            catch (IOException) { File.Delete(temporary); }
        }
        return File.ReadAllBytes(path);
    }
}
