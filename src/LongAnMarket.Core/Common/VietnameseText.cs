using System.Globalization;
using System.Text;

namespace LongAnMarket.Core.Common;

public static class VietnameseText
{
    /// <summary>Removes tone and vowel marks and maps đ/Đ to d/D; input in any Unicode normal form.</summary>
    public static string FoldDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'đ': folded.Append('d'); break;
                case 'Đ': folded.Append('D'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
                    break;
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A cleaned text that must be there and fit: the first problem is thrown, naming the field.</summary>
    public static string Required(string? value, int maxLength, string field)
    {
        var cleaned = Clean(value);
        var name = new DomainMessage(field);
        if (cleaned.Length == 0) throw new DomainException($"{name} không được để trống.");
        if (cleaned.Length > maxLength) throw new DomainException($"{name} dài quá {maxLength} ký tự.");
        return cleaned;
    }

    /// <summary>Trims, turns phones' decomposed Vietnamese into composed form and collapses inner white space.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var composed = text.Normalize(NormalizationForm.FormC);
        return string.Join(' ', composed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
