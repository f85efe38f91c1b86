using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>
/// The 12-digit personal identification number on a Vietnamese citizen identity card ("căn cước"): three digits of the
/// province of birth registration (001–096), one of century and sex, two of the birth year, six of sequence.
/// It is a secret at rest and is shown only masked.
/// </summary>
public static class CitizenId
{
    public const int Length = 12;

    public static string Parse(string? value)
    {
        var digits = new string((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-').ToArray());
        if (digits.Length == 0) throw new DomainException("Vui lòng nhập số căn cước của người đại diện.") { Field = "RepresentativeCitizenId" };
        if (digits.Length != Length || !digits.All(char.IsAsciiDigit))
            throw new DomainException("Số căn cước gồm đúng 12 chữ số.") { Field = "RepresentativeCitizenId" };
        if (int.Parse(digits[..3]) is < 1 or > 96)
            throw new DomainException("Ba chữ số đầu của số căn cước là mã tỉnh nơi đăng ký khai sinh (001–096); hãy kiểm tra lại.") { Field = "RepresentativeCitizenId" };
        return digits;
    }

    /// <summary>The last three digits only, the rest as dots: "•••••••••123".</summary>
    public static string Mask(string digits) =>
        digits.Length < 3 ? new string('•', Length) : new string('•', Length - 3) + digits[^3..];
}
