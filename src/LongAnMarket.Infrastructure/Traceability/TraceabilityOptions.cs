using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Traceability;

public sealed class TraceabilityOptions
{
    public const string Section = "Traceability";

    /// <summary>Where the current signing key is kept: <see cref="TraceKeyStore.File"/> (PEM at <see cref="SigningKeyPath"/>)
    /// or <see cref="TraceKeyStore.Database"/> (encrypted with the Data Protection key ring). Public halves of every key
    /// ever used are registered in the database either way, so records keep verifying after a rotation. The database is
    /// the default: every instance then signs with the same key; a key file found beside a database-kept ring is moved in.</summary>
    public TraceKeyStore KeyStore { get; set; } = TraceKeyStore.Database;

    /// <summary>PEM (PKCS#8) of the ECDSA P-256 key that signs chain links and log entries; created under the data folder
    /// on first use only, with <see cref="KeyStore"/> File. Several app instances must then share one key file.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>The Time-Stamping Authority the head log is anchored with (RFC 3161); none configured = no anchoring.</summary>
    public TsaOptions Tsa { get; set; } = new();

    /// <summary>How often the log's new entries are time-stamped as one Merkle root; a head older than twice this
    /// without a time-stamp is shown as not anchored.</summary>
    [Range(1, 1440)] public int AnchorMinutes { get; set; } = 5;

    /// <summary>Entries time-stamped under one root at most (more wait for the next root, which follows at once).</summary>
    [Range(1, 1_000_000)] public int AnchorBatchSize { get; set; } = 4096;

    /// <summary>A file outside the database (another host's mount, a backup folder) that receives the latest anchored log
    /// head; default: witness/trace-log-head.json under the data folder.</summary>
    public string? WitnessPath { get; set; }

    /// <summary>The marketplace operator's GS1 company prefix, under which GTINs are assigned to pack sizes without one.</summary>
    [Required, RegularExpression(@"^\d{6,12}$")] public string CompanyPrefix { get; set; } = "8930000";

    /// <summary>True while <see cref="CompanyPrefix"/> is a placeholder, not a real GS1 allocation; pages then say so.</summary>
    public bool CompanyPrefixIsPlaceholder { get; set; } = true;

    /// <summary>Scans waiting to be written; beyond this a burst is counted and dropped rather than held in memory.</summary>
    [Range(100, 1_000_000)] public int ScanQueueCapacity { get; set; } = 50_000;

    /// <summary>
    /// How long a provenance page may show a lot's record as last verified before checking the whole chain again
    /// (0 = on every view). A change made through the platform is verified on the next view regardless.
    /// </summary>
    [Range(0, 300)] public int ReverifySeconds { get; set; } = 10;

    /// <summary>Verified records kept in memory for <see cref="ReverifySeconds"/>; a burst of distinct codes cannot grow it further.</summary>
    [Range(10, 1_000_000)] public int VerifiedLotsKept { get; set; } = 2_000;

    /// <summary>Later checks from which a serial counts as suspicious (a genuine sticker is usually checked once).</summary>
    [Range(1, 1000)] public int SuspiciousSerialChecks { get; set; } = 3;
}

public enum TraceKeyStore { File, Database }

public sealed class TsaOptions
{
    /// <summary>The TSA's HTTP endpoint (RFC 3161 over HTTP: POST application/timestamp-query).</summary>
    public string? Url { get; set; }

    /// <summary>PEM file with the certificates a token must chain to: the TSA's root CA, or the TSA certificate itself.</summary>
    public string? CertificatesPath { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url);
}
