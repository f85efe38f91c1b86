using System.Numerics;
using System.Text;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// The bit string behind a compressed Digital Link, most significant bit first. It travels as GS1's "safe base 64":
/// six bits a character, the last one padded with zeros.
/// </summary>
internal sealed class CompressedBits
{
    public const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private readonly StringBuilder bits;
    private int position;

    private CompressedBits(StringBuilder bits) => this.bits = bits;

    public CompressedBits() : this(new StringBuilder()) { }

    /// <summary>The bits of <paramref name="text"/>, every character of which must be in <see cref="Alphabet"/>.</summary>
    public static CompressedBits FromBase64(string text)
    {
        var bits = new StringBuilder(text.Length * 6);
        foreach (var c in text) bits.Append(Convert.ToString(Alphabet.IndexOf(c), 2).PadLeft(6, '0'));
        return new CompressedBits(bits);
    }

    public string ToBase64()
    {
        var padded = bits.ToString().PadRight((bits.Length + 5) / 6 * 6, '0');
        var text = new StringBuilder(padded.Length / 6);
        for (var i = 0; i < padded.Length; i += 6) text.Append(Alphabet[Convert.ToInt32(padded.Substring(i, 6), 2)]);
        return text.ToString();
    }

    public int Remaining => bits.Length - position;

    /// <summary>What is left is the zero padding of the last character, and nothing more.</summary>
    public bool OnlyPaddingLeft => Remaining < 6 && bits.ToString(position, Remaining).All(b => b == '0');

    public void Write(BigInteger value, int width)
    {
        for (var i = width - 1; i >= 0; i--) bits.Append((value >> i).IsEven ? '0' : '1');
    }

    public void Write(int value, int width) => Write(new BigInteger(value), width);

    public BigInteger Read(int width)
    {
        if (width > Remaining) throw new UnreadableCompressionException("Mã nén bị cắt cụt: dữ liệu hết giữa chừng.");
        var value = BigInteger.Zero;
        for (var i = 0; i < width; i++) value = (value << 1) + (bits[position++] - '0');
        return value;
    }

    public int ReadInt(int width) => (int)Read(width);
}

/// <summary>Why a compressed path cannot be read; caught inside <see cref="DigitalLinkCompression.Decompress"/>.</summary>
internal sealed class UnreadableCompressionException(string message) : Exception(message);
