using System.Globalization;

namespace LongAnMarket.Core.Common;

/// <summary>Vietnamese đồng. Amounts are whole đồng in a <see cref="long"/>; there is no smaller unit in use.</summary>
public static class Vnd
{
    private static readonly NumberFormatInfo Grouping = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>150000 → "150.000 ₫", the way Vietnamese shops write prices.</summary>
    public static string Format(long amountDong) =>
        amountDong.ToString("#,0", Grouping) + " ₫";

    public const long MaxPrice = 1_000_000_000;
}
