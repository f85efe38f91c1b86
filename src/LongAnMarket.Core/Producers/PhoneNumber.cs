using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>A Vietnamese phone number, normalised to +84 form: mobiles (03, 05, 07, 08, 09 + 8 digits) and landlines (02 + 9 digits).</summary>
public static class PhoneNumber
{
    public static string Parse(string? input)
    {
        var raw = (input ?? "").Trim();
        if (raw.Length == 0) throw new DomainException("Số điện thoại không được để trống.");
        if (raw.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '.' or '-' or '(' or ')' or '+')))
            throw new DomainException("Số điện thoại chỉ gồm chữ số (có thể viết +84).");
        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        var national = raw.StartsWith('+') || digits.StartsWith("84") && digits.Length == 11 ? Strip84(digits)
            : digits.StartsWith('0') ? digits[1..]
            : throw new DomainException("Số điện thoại Việt Nam bắt đầu bằng 0 hoặc +84.");

        var valid = national.Length switch
        {
            9 => national[0] is '3' or '5' or '7' or '8' or '9',
            10 => national[0] == '2',
            _ => false,
        };
        if (!valid) throw new DomainException("Số điện thoại không đúng: di động có 10 số (03, 05, 07, 08, 09…), cố định có 11 số (02…).");
        return "+84" + national;
    }

    /// <summary>A mobile number (what a delivery driver calls), normalised to +84.</summary>
    public static string ParseMobile(string? input)
    {
        var number = Parse(input);
        if (number.Length != 12) throw new DomainException("Hãy nhập số di động (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09) để người giao hàng gọi được.");
        return number;
    }

    public static bool IsValid(string? input)
    {
        try { Parse(input); return true; }
        catch (DomainException) { return false; }
    }

    private static string Strip84(string digits) =>
        digits.StartsWith("84") ? digits[2..] : throw new DomainException("Chỉ nhận số điện thoại Việt Nam (+84).");
}
