namespace LongAnMarket.Core.Traceability;

/// <summary>A GS1 AI and its value, or (when <see cref="IsAi"/> is false) a key=value pair of the query that is not GS1's.</summary>
internal sealed record CompressedElement(string Key, string Value, bool IsAi);

/// <summary>
/// The element sequence of GS1's compression: each AI as hex digits (or an optimisation code standing for a run of
/// AIs) followed by its value, and each non-GS1 pair as F, a 7-bit key length, the key in safe base 64 and the value.
/// </summary>
internal static class CompressedElements
{
    /// <summary>
    /// Optimisation codes first, chosen as the toolkit chooses them, then the other AIs in ordinal order. Only GTIN
    /// links come this way: for an AI whose value has a fixed numeric part and then characters (253, 421, 7030–7039,
    /// 8003) the toolkit's encoder writes the numeric part twice, a fault this does not copy.
    /// </summary>
    public static void Write(CompressedBits bits, IReadOnlyDictionary<string, string> values)
    {
        var left = values.Keys.Order(StringComparer.Ordinal).ToList();
        while (BestOptimisation(left) is { } optimisation)
        {
            WriteHex(bits, optimisation.Code);
            foreach (var ai in optimisation.Ais) WriteValue(bits, ai, values[ai]);
            left.RemoveAll(optimisation.Ais.Contains);
        }
        foreach (var ai in left)
        {
            WriteHex(bits, ai);
            WriteValue(bits, ai, values[ai]);
        }
    }

    public static List<CompressedElement> Read(CompressedBits bits)
    {
        var elements = new List<CompressedElement>();
        // The toolkit reads on while more than 8 bits are left; fewer cannot hold another element.
        while (bits.Remaining > 8)
        {
            var (h1, h2) = (bits.ReadInt(4), bits.ReadInt(4));
            if (h1 <= 9 && h2 <= 9) elements.Add(ReadAi(bits, $"{h1}{h2}"));
            else if (CompressedAiTable.Optimisation($"{h1:X}{h2:X}") is { } ais) elements.AddRange(ais.Select(ai => ReadValue(bits, ai)));
            else if (h1 == 0xF) elements.Add(ReadOtherPair(bits, h2));
            else throw new UnreadableCompressionException($"Mã nén hỏng: mã “{h1:X}{h2:X}” không phải AI hay mã tối ưu nào của GS1.");
        }
        if (!bits.OnlyPaddingLeft) throw new UnreadableCompressionException("Mã nén hỏng: còn thừa dữ liệu ở cuối.");
        return elements;
    }

    /// <summary>The toolkit's findBestOptimisationCandidate: among the codes whose AIs are all present, the one with the most AI digits, the first on a tie.</summary>
    private static (string Code, string[] Ais)? BestOptimisation(List<string> ais)
    {
        (string Code, string[] Ais)? best = null;
        foreach (var candidate in CompressedAiTable.Optimisations)
        {
            if (candidate.Ais.All(ais.Contains) && candidate.Ais.Sum(ai => ai.Length) > (best?.Ais.Sum(ai => ai.Length) ?? 0))
                best = candidate;
        }
        return best;
    }

    private static void WriteHex(CompressedBits bits, string code)
    {
        foreach (var digit in code) bits.Write(Convert.ToInt32(digit.ToString(), 16), 4);
    }

    private static void WriteValue(CompressedBits bits, string ai, string value)
    {
        var at = 0;
        foreach (var part in CompressedAiTable.Format(ai)!.Components)
        {
            var text = part.FixedLength is { } length ? value.Substring(at, length) : value[at..];
            at += text.Length;
            if (part.Numeric && part.FixedLength is null) bits.Write(text.Length, CompressedValue.LengthBits(part.MaxLength));
            if (part.Numeric) CompressedValue.WriteDigits(bits, text);
            else CompressedValue.WriteCharacters(bits, text, part.FixedLength is null ? CompressedValue.LengthBits(part.MaxLength) : 0);
        }
    }

    private static CompressedElement ReadAi(CompressedBits bits, string firstTwoDigits)
    {
        var length = CompressedAiTable.AiLength(firstTwoDigits)
            ?? throw new UnreadableCompressionException($"Mã nén hỏng: không có AI nào của GS1 bắt đầu bằng “{firstTwoDigits}”.");
        var ai = firstTwoDigits;
        while (ai.Length < length)
        {
            var digit = bits.ReadInt(4);
            if (digit > 9) throw new UnreadableCompressionException($"Mã nén hỏng: AI “{ai}{digit:X}…” có ký tự không phải chữ số.");
            ai += digit;
        }
        return ReadValue(bits, ai);
    }

    private static CompressedElement ReadValue(CompressedBits bits, string ai)
    {
        var format = CompressedAiTable.Format(ai)
            ?? throw new UnreadableCompressionException($"Mã nén chứa AI ({ai}), một AI mà bảng nén của GS1 không có.");
        var owner = $"AI ({ai})";
        var value = string.Concat(format.Components.Select(part => part switch
        {
            { Numeric: true, FixedLength: { } length } => CompressedValue.ReadDigits(bits, length, owner),
            { Numeric: true } => CompressedValue.ReadDigits(bits, VariableLength(bits, part, owner), owner),
            { FixedLength: { } length } => CompressedValue.ReadCharacters(bits, 0, length, length, owner),
            _ => CompressedValue.ReadCharacters(bits, CompressedValue.LengthBits(part.MaxLength), 0, part.MaxLength, owner),
        }));
        return new CompressedElement(ai, value, IsAi: true);
    }

    private static int VariableLength(CompressedBits bits, CompressedComponent part, string owner)
    {
        var length = bits.ReadInt(CompressedValue.LengthBits(part.MaxLength));
        return length <= part.MaxLength ? length
            : throw new UnreadableCompressionException($"Mã nén hỏng: giá trị của {owner} dài {length} chữ số, quá mức tối đa {part.MaxLength}.");
    }

    /// <summary>After the F: the key's length continues in the 4 bits already read as the second hex digit.</summary>
    private static CompressedElement ReadOtherPair(CompressedBits bits, int lengthHighBits)
    {
        var keyLength = (lengthHighBits << 3) | bits.ReadInt(3);
        if (keyLength == 0) throw new UnreadableCompressionException("Mã nén hỏng: một cặp khoá=giá trị có khoá rỗng.");
        var key = CompressedValue.ReadSafeBase64(bits, keyLength);
        var value = CompressedValue.ReadCharacters(bits, 7, 0, 127, $"khoá “{key}”");
        return new CompressedElement(key, value, IsAi: false);
    }
}
