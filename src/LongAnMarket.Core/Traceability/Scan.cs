namespace LongAnMarket.Core.Traceability;

public enum ScanDevice : byte { Phone = 0, Desktop = 1, Bot = 2, Other = 3 }

/// <summary>
/// One opening of a provenance page. No IP address is kept: <see cref="ClientHash"/> is a salted hash that tells
/// repeated scans from one device apart from scans by many, and nothing more.
/// </summary>
public sealed class Scan
{
    private Scan() { }

    public Scan(int lotId, long? serialId, DateTime scannedAtUtc, string clientHash, ScanDevice device)
    {
        LotId = lotId;
        SerialId = serialId;
        ScannedAtUtc = scannedAtUtc;
        ClientHash = clientHash;
        Device = device;
    }

    public long Id { get; private set; }
    public int LotId { get; private set; }
    public long? SerialId { get; private set; }
    public DateTime ScannedAtUtc { get; private set; }
    public string ClientHash { get; private set; } = "";
    public ScanDevice Device { get; private set; }
}
