namespace LongAnMarket.Infrastructure.Instances;

/// <summary>
/// Who may run a job that must run on one instance at a time (order expiry, the certification calendar, anchoring…)
/// until when, and who ran it last. Claimed with a conditional UPDATE, so it works the same on SQLite, MariaDB and Galera.
/// </summary>
public sealed class JobLease
{
    private JobLease() { } // rows are written by SQL (conditional UPDATE, INSERT IGNORE / INSERT OR IGNORE)

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? LastRunAtUtc { get; private set; }
    public string? LastRunBy { get; private set; }
}
