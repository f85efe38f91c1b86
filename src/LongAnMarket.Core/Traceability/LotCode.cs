namespace LongAnMarket.Core.Traceability;

/// <summary>A batch/lot number as GS1 AI (10) carries it: 1–20 characters of the GS1 AI encodable character set 82.</summary>
public static class LotCode
{
    public const int MaxLength = Gs1Value.MaxLength;

    /// <summary>Whether <see cref="Parse"/> would accept <paramref name="code"/>.</summary>
    public static bool IsValid(string? code) => Gs1Value.IsValid(code);

    /// <summary>The trimmed code; a <see cref="Common.DomainException"/> naming the first character (or the length) that GS1 does not allow.</summary>
    public static string Parse(string? code) => Gs1Value.Parse(code, "Mã lô");
}
