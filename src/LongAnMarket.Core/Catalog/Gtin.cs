using System.Globalization;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Catalog;

/// <summary>GS1 Global Trade Item Number, always kept in its 14-digit form.</summary>
public static class Gtin
{
    /// <summary>GTIN-8/12/13/14 with a correct check digit → the 14-digit form; anything else → null.</summary>
    public static string? Normalize(string? input)
    {
        var digits = input?.Trim();
        if (digits is null || digits.Length is not (8 or 12 or 13 or 14) || !digits.All(char.IsAsciiDigit)) return null;
        var gtin14 = digits.PadLeft(14, '0');
        return CheckDigit(gtin14.AsSpan(0, 13)) == gtin14[13] - '0' ? gtin14 : null;
    }

    /// <summary>
    /// A restricted circulation number (RCN), valid only inside one company or one country (in-store and
    /// variable-measure items, per the GS1 General Specifications): GTIN-13 prefixes 02, 04 and 200–299, and GTIN-8
    /// prefixes 0 and 2. Such a number does not identify one product worldwide.
    /// </summary>
    public static bool IsRestrictedCirculation(string gtin14)
    {
        if (gtin14.Length != 14 || !gtin14.All(char.IsAsciiDigit)) return false;
        if (gtin14.StartsWith("000000", StringComparison.Ordinal)) return gtin14[6] is '0' or '2';
        if (gtin14[0] != '0') return false;
        return gtin14[1] == '2' || gtin14.AsSpan(1).StartsWith("02") || gtin14.AsSpan(1).StartsWith("04");
    }

    /// <summary>
    /// The GTIN-14 (indicator digit 0) numbered <paramref name="itemReference"/> under a GS1 company prefix: prefix
    /// and item reference together fill the 12 digits before the check digit.
    /// </summary>
    public static string Assign(string companyPrefix, long itemReference)
    {
        if (companyPrefix.Length is < 6 or > 12 || !companyPrefix.All(char.IsAsciiDigit))
            throw new DomainException($"Tiền tố doanh nghiệp GS1 phải gồm 6 đến 12 chữ số; “{companyPrefix}” không hợp lệ.");
        var referenceDigits = 12 - companyPrefix.Length;
        var capacity = (long)Math.Pow(10, referenceDigits);
        if (itemReference < 0 || itemReference >= capacity)
            throw new DomainException($"Mã mặt hàng {itemReference} không vừa {referenceDigits} chữ số còn lại sau tiền tố GS1 {companyPrefix} "
                + $"(tiền tố này cấp được {capacity:N0} mã GTIN).");
        var reference = referenceDigits == 0 ? "" : itemReference.ToString(CultureInfo.InvariantCulture).PadLeft(referenceDigits, '0');
        var withoutCheck = "0" + companyPrefix + reference;
        return withoutCheck + CheckDigit(withoutCheck);
    }

    /// <summary>Weights 3,1,3… from the right over the digits before the check digit.</summary>
    public static int CheckDigit(ReadOnlySpan<char> digitsWithoutCheck)
    {
        var sum = 0;
        for (var i = 0; i < digitsWithoutCheck.Length; i++)
        {
            var fromRight = digitsWithoutCheck.Length - 1 - i;
            sum += (digitsWithoutCheck[i] - '0') * (fromRight % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }
}
