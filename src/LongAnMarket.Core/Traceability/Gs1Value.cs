using System.Globalization;
using System.Text;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The rule shared by batch/lot (AI 10), serial (AI 21) and consumer product variant (AI 22) values: 1 to 20
/// characters of GS1 AI encodable character set 82.
/// </summary>
internal static class Gs1Value
{
    public const int MaxLength = 20;
    public const string Symbols = "!\"%&'()*+,-./:;<=>?_";

    public static bool IsEncodable(char c) => char.IsAsciiLetterOrDigit(c) || Symbols.Contains(c);

    /// <summary>The trimmed value, or a <see cref="DomainException"/> naming what is wrong with it.</summary>
    public static string Parse(string? value, string label)
    {
        var trimmed = value?.Trim() ?? "";
        return Problem(trimmed, label) is { } problem ? throw new DomainException(problem) : trimmed;
    }

    public static bool IsValid(string? value) => Problem(value?.Trim() ?? "", "") is null;

    /// <summary>Null when <paramref name="value"/> is valid as it stands; otherwise a Vietnamese sentence about its first fault.</summary>
    public static DomainMessage? Problem(string value, string label)
    {
        var name = new DomainMessage(label);
        if (value.Length == 0) return new DomainMessage($"{name} không được để trống.");
        var position = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            position++;
            if (rune.IsAscii && IsEncodable((char)rune.Value)) continue;
            var fault = new DomainMessage(
                $"{name} có {Describe(rune)} ở vị trí {position}: chỉ được dùng chữ cái không dấu A–Z, a–z, chữ số 0–9 và các ký hiệu {Symbols}.");
            return Unaccented(rune) is { } plain ? new DomainMessage($"{fault} Hãy viết “{plain}” thay cho “{rune}”.") : fault;
        }
        return value.Length > MaxLength ? new DomainMessage($"{name} dài tối đa {MaxLength} ký tự (đang có {value.Length} ký tự).") : null;
    }

    private static DomainMessage Describe(Rune rune) => rune.Value switch
    {
        ' ' => new DomainMessage("dấu cách"),
        _ when Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) => new DomainMessage($"ký tự U+{rune.Value:X4}"),
        _ => new DomainMessage($"ký tự “{rune}”"),
    };

    /// <summary>"Đ" → "D", "ế" → "e": the letter a Vietnamese writer means, without its marks.</summary>
    private static string? Unaccented(Rune rune)
    {
        if (rune.Value is 'Đ' or 'đ') return rune.Value == 'Đ' ? "D" : "d";
        var bare = string.Concat(rune.ToString().Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
        return bare.Length == 1 && char.IsAsciiLetter(bare[0]) ? bare : null;
    }
}
