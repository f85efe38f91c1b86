using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Ordering;

/// <summary>A commune or ward (xã, phường, đặc khu) of the province the marketplace serves: the lower of the two
/// administrative tiers in force since 1 July 2025. The list ships with the seed; an admin imports updates as CSV.</summary>
public sealed class Commune
{
    private Commune() { }

    public Commune(string province, string name, string? code)
    {
        Province = Text(province, 60, "Tỉnh");
        Name = Text(name, 80, "Tên xã/phường");
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        if (Code is { Length: > 10 }) throw new DomainException($"Mã đơn vị hành chính “{Code}” dài quá 10 ký tự.");
        FoldedName = VietnameseText.FoldDiacritics(Name).ToLowerInvariant();
    }

    public int Id { get; private set; }
    public string Province { get; private set; } = "";
    public string Name { get; private set; } = "";
    /// <summary>The General Statistics Office's 5-digit unit code, when the list gives it.</summary>
    public string? Code { get; private set; }
    /// <summary>The name without diacritics, lower case: "Xa Can Duoc" finds "Xã Cần Đước".</summary>
    public string FoldedName { get; private set; } = "";

    private static string Text(string? value, int maxLength, string field) => VietnameseText.Required(value, maxLength, field);
}
