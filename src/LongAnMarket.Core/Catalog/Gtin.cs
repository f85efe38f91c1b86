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
