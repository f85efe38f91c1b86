namespace LongAnMarket.Core.Catalog;

/// <summary>
/// A listing as shoppers saw it from <see cref="RecordedAtUtc"/> until the next version: its name, text, prices, label,
/// licences and photos (by content hash), kept as written for the records a marketplace owes the authorities. Never
/// changed or deleted.
/// </summary>
public sealed class ListingVersion
{
    private ListingVersion() { }

    public ListingVersion(int productId, int number, DateTime recordedAtUtc, string snapshot, string sha256)
    {
        ProductId = productId;
        Number = number;
        RecordedAtUtc = recordedAtUtc;
        Snapshot = snapshot;
        Sha256 = sha256;
    }

    public long Id { get; private set; }
    public int ProductId { get; private set; }
    /// <summary>1 for the first version shoppers saw, then 2, 3…</summary>
    public int Number { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }
    /// <summary>The listing as JSON (<c>ListingSnapshot</c>).</summary>
    public string Snapshot { get; private set; } = "";
    /// <summary>SHA-256 of <see cref="Snapshot"/>, hex: an unchanged listing records no new version.</summary>
    public string Sha256 { get; private set; } = "";
}
