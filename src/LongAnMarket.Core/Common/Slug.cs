using System.Globalization;
using System.Text;

namespace LongAnMarket.Core.Common;

/// <summary>URL slugs: lowercase ASCII, Vietnamese diacritics folded (đ → d), words joined by hyphens.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = VietnameseText.FoldDiacritics(text).ToLowerInvariant();
        var slug = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && slug.Length > 0) slug.Append('-');
                slug.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var result = slug.Length > MaxLength ? slug.ToString(0, MaxLength).TrimEnd('-') : slug.ToString();
        return result;
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && slug == From(slug);

    /// <summary>"gao-nang-thom", "gao-nang-thom-2", … — the first one <paramref name="isTaken"/> does not claim.</summary>
    public static string Unique(string text, Func<string, bool> isTaken)
    {
        var stem = From(text);
        if (stem.Length == 0) stem = "san-pham";
        if (!isTaken(stem)) return stem;
        for (var n = 2; ; n++)
        {
            var candidate = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!isTaken(candidate)) return candidate;
        }
    }
}
