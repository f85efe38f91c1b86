using System.ComponentModel.DataAnnotations;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// The taxes the marketplace withholds and pays for household sellers on goods (Decree 117/2025/NĐ-CP: 1 % VAT and
/// 0.5 % personal income tax for residents). Companies and cooperatives declare their own.
/// </summary>
public sealed class WithholdingOptions
{
    public const string Section = "Tax:Withholding";

    [Range(0, 10)] public decimal VatPercent { get; set; } = 1m;
    [Range(0, 10)] public decimal PitPercent { get; set; } = 0.5m;
}
