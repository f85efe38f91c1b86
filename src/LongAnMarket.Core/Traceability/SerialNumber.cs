namespace LongAnMarket.Core.Traceability;

/// <summary>A serial number as GS1 AI (21) carries it: the same character set and length as a lot code.</summary>
public static class SerialNumber
{
    public const int MaxLength = Gs1Value.MaxLength;

    /// <summary>Whether <see cref="Parse"/> would accept <paramref name="serial"/>.</summary>
    public static bool IsValid(string? serial) => Gs1Value.IsValid(serial);

    /// <summary>The trimmed serial; a <see cref="Common.DomainException"/> naming the first character (or the length) that GS1 does not allow.</summary>
    public static string Parse(string? serial) => Gs1Value.Parse(serial, "Số sê-ri");
}
