using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Traceability;

public sealed class TraceabilityOptions
{
    public const string Section = "Traceability";

    /// <summary>PEM (PKCS#8) of the ECDSA P-256 key that signs chain links; created under the data folder when absent.
    /// Several app instances must share one key file.</summary>
    public string? SigningKeyPath { get; set; }

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
