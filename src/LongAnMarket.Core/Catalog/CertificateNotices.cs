namespace LongAnMarket.Core.Catalog;

/// <summary>The notices a producer gets as a certificate nears its end and after it.</summary>
[Flags]
public enum CertificateNotices
{
    None = 0,
    NinetyDays = 1,
    ThirtyDays = 2,
    Ended = 4,
}
