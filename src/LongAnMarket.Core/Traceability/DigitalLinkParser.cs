using System.Globalization;
using System.Text;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// Reads "/01/{gtin}[/22/{cpv}][/10/{lot}][/21/{serial}]" from a request path or a full URI. Every way it can fail is a
/// <see cref="DigitalLinkParseResult"/>, never an exception.
/// </summary>
internal static class DigitalLinkParser
{
    private sealed record Qualifier(string Ai, string Label, DigitalLinkProblem Problem);

    /// <summary>In the order the standard requires them after a GTIN.</summary>
    private static readonly Qualifier[] Qualifiers =
    [
        new("22", "Mã biến thể sản phẩm (22)", DigitalLinkProblem.BadCpv),
        new("10", "Mã lô (10)", DigitalLinkProblem.BadLot),
        new("21", "Số sê-ri (21)", DigitalLinkProblem.BadSerial),
    ];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DigitalLinkParseResult Parse(string? input)
    {
        var segments = PathOf(input).Split('/');
        var parts = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            if (Decode(segments[i]) is not { } decoded)
                return Fail(DigitalLinkProblem.Malformed, $"Đoạn “{Shorten(segments[i])}” có mã hóa phần trăm (%) không hợp lệ.");
            parts[i] = decoded;
        }
        if (parts[0] != "01")
            return Fail(DigitalLinkProblem.MissingGtin, "Đây không phải mã truy xuất GS1 Digital Link: đường dẫn phải bắt đầu bằng /01/ và mã GTIN của sản phẩm.");
        if (parts.Length < 2 || parts[1].Length == 0)
            return Fail(DigitalLinkProblem.BadGtin, "Thiếu mã GTIN sau /01/.");

        var gtin = parts[1];
        if (gtin.Length is not (8 or 12 or 13 or 14) || !gtin.All(char.IsAsciiDigit))
            return Fail(DigitalLinkProblem.BadGtin, $"Mã GTIN phải gồm 8, 12, 13 hoặc 14 chữ số; “{Shorten(gtin)}” không phải mã GTIN.");
        var gtin14 = gtin.PadLeft(14, '0');
        var expected = Catalog.Gtin.CheckDigit(gtin14.AsSpan(0, 13));
        if (gtin14[13] - '0' != expected)
            return Fail(DigitalLinkProblem.WrongCheckDigit, $"Số kiểm tra của mã GTIN {gtin} không đúng: số cuối phải là {expected}.");

        var values = new string?[Qualifiers.Length];
        var previous = -1;
        for (var i = 2; i < parts.Length; i += 2)
        {
            var ai = parts[i];
            var rank = Array.FindIndex(Qualifiers, q => q.Ai == ai);
            if (rank < 0 && ai.Length == 0)
                return Fail(DigitalLinkProblem.Malformed, "Đường dẫn có một đoạn trống (hai dấu / liền nhau).");
            if (rank < 0)
                return Fail(DigitalLinkProblem.UnknownAi,
                    $"Mã ứng dụng (AI) “{Shorten(ai)}” không dùng được sau mã GTIN; chỉ chấp nhận (22) biến thể, (10) mã lô và (21) số sê-ri.");
            var qualifier = Qualifiers[rank];
            if (rank == previous)
                return Fail(DigitalLinkProblem.QualifierOrder, $"{qualifier.Label} xuất hiện hai lần trong đường dẫn.");
            if (rank < previous)
                return Fail(DigitalLinkProblem.QualifierOrder,
                    $"{qualifier.Label} phải đứng trước {Lowercased(Qualifiers[previous].Label)}: thứ tự đúng là /01/…/22/…/10/…/21/….");
            var value = i + 1 < parts.Length ? parts[i + 1] : "";
            if (Gs1Value.Problem(value, qualifier.Label) is { } problem) return Fail(qualifier.Problem, problem.Text);
            values[rank] = value;
            previous = rank;
        }
        return DigitalLinkParseResult.Success(new DigitalLink(gtin14, Lot: values[1], Serial: values[2], Cpv: values[0]));
    }

    /// <summary>The path without scheme, host, query, fragment, and one leading and one trailing slash.</summary>
    private static string PathOf(string? input)
    {
        var text = input?.Trim() ?? "";
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (!text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) continue;
            var pathStart = text.IndexOfAny(['/', '?', '#'], scheme.Length);
            text = pathStart < 0 ? "" : text[pathStart..];
            break;
        }
        var end = text.IndexOfAny(['?', '#']);
        if (end >= 0) text = text[..end];
        if (text.StartsWith('/')) text = text[1..];
        if (text.EndsWith('/')) text = text[..^1];
        return text;
    }

    /// <summary>Percent-decoding as UTF-8; null when a "%" is not followed by two hex digits or the bytes are not UTF-8.</summary>
    private static string? Decode(string segment)
    {
        if (!segment.Contains('%')) return segment;
        var bytes = new List<byte>(segment.Length);
        var at = 0;
        while (at < segment.Length)
        {
            var percent = segment.IndexOf('%', at);
            bytes.AddRange(Encoding.UTF8.GetBytes(segment[at..(percent < 0 ? segment.Length : percent)]));
            if (percent < 0) break;
            if (percent + 2 >= segment.Length
                || !byte.TryParse(segment.AsSpan(percent + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
                return null;
            bytes.Add(b);
            at = percent + 3;
        }
        try { return StrictUtf8.GetString(bytes.ToArray()); }
        catch (ArgumentException) { return null; }
    }

    private static string Lowercased(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private static DigitalLinkParseResult Fail(DigitalLinkProblem problem, string message) => DigitalLinkParseResult.Failure(problem, message);
}
