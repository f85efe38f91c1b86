namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// A value every app instance must read the same, kept in the database rather than in one instance's data folder:
/// the scan salt (protected, see <see cref="Security.StoredSecrets"/>) and how far the search outbox has been trimmed.
/// </summary>
public sealed class SharedValue
{
    public const string ScanSalt = "scan-salt";
    public const string OutboxTrimmedThrough = "search-outbox-trimmed-through";

    private SharedValue() { } // rows are written by SQL (conditional UPDATE, INSERT IGNORE / INSERT OR IGNORE)

    public string Name { get; private set; } = "";
    public string Value { get; private set; } = "";
    public DateTime UpdatedAtUtc { get; private set; }
}
