using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Catalog;

/// <summary>Certificates ("Certificates" section).</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>Months an OCOP certificate stays valid after its decision when the form leaves the end date empty (36 by the OCOP rules).</summary>
    [Range(1, 120)]
    public int OcopValidMonths { get; set; } = 36;
}
