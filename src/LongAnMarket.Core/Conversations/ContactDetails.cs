using System.Text.RegularExpressions;

namespace LongAnMarket.Core.Conversations;

/// <summary>
/// Phone numbers, email addresses and links in a message, hidden from the other party so that a sale agreed here is
/// paid and protected here; the trade office reads them in full.
/// </summary>
public static partial class ContactDetails
{
    public const string Hidden = "[đã ẩn]";

    public static string Mask(string text) => Phone().Replace(Link().Replace(Email().Replace(text, Hidden), Hidden), Hidden);

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+\s*(@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(\s*(\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Email();

    [GeneratedRegex(@"(https?://|www\.)\S+|\b[\p{L}\p{N}-]+\.(com|vn|net|org|me|info|biz|xyz|shop|store|site|online|link|ly|io|co)(\.vn)?(/\S*)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    // Vietnamese numbers as people type them: 0909 123 456, 0909.123.456, +84 909 123 456, (028) 3823 4567; nine or more digits.
    [GeneratedRegex(@"\(?\+?\d(?:[\s.\-()]*\d){8,}")]
    private static partial Regex Phone();
}
