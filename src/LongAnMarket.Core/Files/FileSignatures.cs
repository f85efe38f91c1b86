namespace LongAnMarket.Core.Files;

/// <summary>What a file is, read from its first bytes rather than from its name or the type a browser claims.</summary>
public static class FileSignatures
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public static bool IsPdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);
    public static bool IsPng(ReadOnlySpan<byte> head) => head.StartsWith(Png);
    public static bool IsJpeg(ReadOnlySpan<byte> head) => head.StartsWith(Jpeg);
    public static bool IsWebp(ReadOnlySpan<byte> head) => head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8);
}
