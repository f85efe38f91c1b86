using System.Security.Cryptography;

namespace LongAnMarket.Core.Payments;

/// <summary>
/// The short code a shopper types into a bank transfer's purpose: 9 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, U), found again however a bank reformats the purpose (case, spaces, dashes, added text).
/// </summary>
public static class OrderCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 9;

    public static string New()
    {
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++) code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(code);
    }

    public static bool IsValid(string code) => code.Length == Length && code.All(c => Alphabet.Contains(c));

    /// <summary>Every stretch of a bank's purpose text that could be an order code, for looking the order up.</summary>
    public static IReadOnlyList<string> CandidatesIn(string? purpose)
    {
        var compact = Compact(purpose ?? "");
        var found = new List<string>();
        for (var i = 0; i + Length <= compact.Length; i++)
        {
            var window = compact.Substring(i, Length);
            if (IsValid(window) && !found.Contains(window)) found.Add(window);
        }
        return found;
    }

    private static string Compact(string text) =>
        new(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
