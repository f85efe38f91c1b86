using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>
/// A Vietnamese tax number (mã số thuế) in canonical form: an enterprise's or cooperative's 10 digits, a branch's
/// 10 + "-" + 3 digits, or, since 1 July 2025, a household business's 12-digit personal identification number.
/// </summary>
public static class TaxNumber
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>The canonical form, or a DomainException saying what is wrong.</summary>
    public static string Parse(string? input)
    {
        var text = new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace('–', '-');
        if (text.Length == 0) throw new DomainException("Mã số thuế không được để trống.");
        if (text.Length == 14 && text[10] == '-') text = text.Remove(10, 1);
        if (!text.All(char.IsAsciiDigit))
            throw new DomainException("Mã số thuế chỉ gồm chữ số (chi nhánh viết 10 số, gạch ngang, 3 số).");

        return text.Length switch
        {
            10 => Enterprise(text),
            12 when IsPersonalId(text) => text,
            12 => throw new DomainException("Số định danh cá nhân 12 số phải bắt đầu bằng mã tỉnh 001–096."),
            13 when text[10..] == "000" => throw new DomainException("Mã chi nhánh (3 số cuối) phải từ 001 đến 999."),
            13 => $"{Enterprise(text[..10])}-{text[10..]}",
            _ => throw new DomainException("Mã số thuế có 10 số, 13 số (chi nhánh: 10 số-3 số) hoặc 12 số định danh cá nhân."),
        };
    }

    public static bool IsValid(string? input)
    {
        try { Parse(input); return true; }
        catch (DomainException) { return false; }
    }

    /// <summary>The tenth digit nine digits call for, or null when they call for 10 (such numbers are never issued).</summary>
    public static int? CheckDigit(ReadOnlySpan<char> nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (nineDigits[i] - '0') * Weights[i];
        var check = 10 - sum % 11;
        return check == 10 ? null : check;
    }

    private static string Enterprise(string digits)
    {
        if (CheckDigit(digits) is not { } check || digits[9] - '0' != check)
            throw new DomainException($"Mã số thuế {digits} sai số kiểm tra (chữ số thứ 10); vui lòng kiểm tra lại.");
        return digits;
    }

    private static bool IsPersonalId(string digits) => int.Parse(digits[..3]) is >= 1 and <= 96;
}
