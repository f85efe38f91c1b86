using System.Globalization;
using System.Numerics;
using System.Text;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// How GS1's toolkit writes one value into the bit string: digits as one binary number; characters after a 3-bit
/// encoding indicator (0 digits, 1 lowercase hex, 2 uppercase hex, 3 safe base 64, 4 seven-bit ASCII), then their
/// count when the length varies, then the characters themselves.
/// </summary>
internal static class CompressedValue
{
    private enum Encoding { Digits, LowerHex, UpperHex, SafeBase64, Ascii }

    private const string Hex = "0123456789ABCDEF";

    /// <summary>The toolkit's numberOfValueBits: enough bits for <paramref name="digits"/> decimal digits.</summary>
    public static int DigitBits(int digits) => (int)Math.Ceiling(digits * Math.Log(10) / Math.Log(2) + 0.01);

    /// <summary>The toolkit's numberOfLengthBits: enough bits to count up to <paramref name="maxLength"/>.</summary>
    public static int LengthBits(int maxLength) => (int)Math.Ceiling(Math.Log(maxLength) / Math.Log(2) + 0.01);

    public static void WriteDigits(CompressedBits bits, string digits) =>
        bits.Write(digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, CultureInfo.InvariantCulture), DigitBits(digits.Length));

    /// <summary>
    /// <paramref name="count"/> digits, leading zeros put back. (The toolkit's own decoder drops them from a
    /// variable-length value, although the count it wrote says they were there.)
    /// </summary>
    public static string ReadDigits(CompressedBits bits, int count, string owner)
    {
        var number = bits.Read(DigitBits(count));
        var digits = count == 0 && number.IsZero ? "" : number.ToString(CultureInfo.InvariantCulture);
        if (digits.Length > count)
            throw new UnreadableCompressionException($"Mã nén hỏng: giá trị của {owner} vượt quá {count} chữ số.");
        return digits.PadLeft(count, '0');
    }

    /// <summary>Indicator, then the length in <paramref name="lengthBits"/> bits (none for a fixed length), then the characters.</summary>
    public static void WriteCharacters(CompressedBits bits, string value, int lengthBits)
    {
        var encoding = EncodingOf(value);
        bits.Write((int)encoding, 3);
        if (lengthBits > 0) bits.Write(value.Length, lengthBits);
        switch (encoding)
        {
            case Encoding.Digits: WriteDigits(bits, value); break;
            case Encoding.LowerHex or Encoding.UpperHex: WriteEach(bits, value, c => Hex.IndexOf(char.ToUpperInvariant(c)), 4); break;
            case Encoding.SafeBase64: WriteEach(bits, value, CompressedBits.Alphabet.IndexOf, 6); break;
            default: WriteEach(bits, value, c => c, 7); break;
        }
    }

    /// <summary>The inverse of <see cref="WriteCharacters"/>: <paramref name="fixedLength"/> characters, or as many as the length says.</summary>
    public static string ReadCharacters(CompressedBits bits, int lengthBits, int fixedLength, int maxLength, string owner)
    {
        var indicator = bits.ReadInt(3);
        var count = lengthBits > 0 ? bits.ReadInt(lengthBits) : fixedLength;
        if (count > maxLength)
            throw new UnreadableCompressionException($"Mã nén hỏng: giá trị của {owner} dài {count} ký tự, quá mức tối đa {maxLength}.");
        return (Encoding)indicator switch
        {
            Encoding.Digits => ReadDigits(bits, count, owner),
            Encoding.LowerHex => ReadEach(bits, count, 4, i => char.ToLowerInvariant(Hex[i])),
            Encoding.UpperHex => ReadEach(bits, count, 4, i => Hex[i]),
            Encoding.SafeBase64 => ReadEach(bits, count, 6, i => CompressedBits.Alphabet[i]),
            Encoding.Ascii => ReadEach(bits, count, 7, i => (char)i),
            _ => throw new UnreadableCompressionException($"Mã nén hỏng: giá trị của {owner} có kiểu mã hoá {indicator} không tồn tại."),
        };
    }

    public static string ReadSafeBase64(CompressedBits bits, int count) => ReadEach(bits, count, 6, i => CompressedBits.Alphabet[i]);

    /// <summary>The toolkit's determineEncoding: the narrowest alphabet the whole value fits in.</summary>
    private static Encoding EncodingOf(string value)
    {
        if (value.Length == 0) return Encoding.Ascii;
        if (value.All(char.IsAsciiDigit)) return Encoding.Digits;
        if (value.All(char.IsAsciiHexDigitUpper)) return Encoding.UpperHex;
        if (value.All(char.IsAsciiHexDigitLower)) return Encoding.LowerHex;
        return value.All(CompressedBits.Alphabet.Contains) ? Encoding.SafeBase64 : Encoding.Ascii;
    }

    private static void WriteEach(CompressedBits bits, string value, Func<char, int> index, int width)
    {
        foreach (var c in value) bits.Write(index(c), width);
    }

    private static string ReadEach(CompressedBits bits, int count, int width, Func<int, char> character)
    {
        var text = new StringBuilder(count);
        for (var i = 0; i < count; i++) text.Append(character(bits.ReadInt(width)));
        return text.ToString();
    }
}
