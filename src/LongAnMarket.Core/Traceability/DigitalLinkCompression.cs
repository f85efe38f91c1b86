using System.Globalization;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// GS1 Digital Link URI compression as GS1's toolkit (GS1DigitalLinkToolkit.js) does it: the path
/// "/01/08930000000019/10/ND261116" becomes "/CxA-WvSoJtBoe3WuuvQ", one segment of safe base 64 that holds the same
/// AIs in binary, so that a QR code can be smaller.
/// </summary>
public static class DigitalLinkCompression
{
    /// <summary>The shortest compressed GTIN link: 8 bits for "01" and 47 for the GTIN fill 10 characters.</summary>
    private const int ShortestGtinLink = 10;

    private static readonly (string Ai, string Label)[] Qualifiers =
        [("22", "Mã biến thể sản phẩm (22)"), ("10", "Mã lô (10)"), ("21", "Số sê-ri (21)")];

    /// <summary>
    /// The path GS1's toolkit makes of <paramref name="link"/> (compressGS1DigitalLink with its optimisation codes on,
    /// as GS1's resolver test suite calls it), e.g. "/CxA-WvSoJtBoe3WuuvQ".
    /// </summary>
    public static string Compress(DigitalLink link)
    {
        var values = new Dictionary<string, string> { ["01"] = link.Gtin };
        if (link.Cpv is not null) values["22"] = link.Cpv;
        if (link.Lot is not null) values["10"] = link.Lot;
        if (link.Serial is not null) values["21"] = link.Serial;
        var bits = new CompressedBits();
        CompressedElements.Write(bits, values);
        return "/" + bits.ToBase64();
    }

    /// <summary>
    /// Worth handing to <see cref="Decompress"/>: one path segment of safe base 64, long enough to hold a GTIN. It
    /// says nothing of whether the segment decodes; a word such as "/dang-nhap-ngay" passes too.
    /// </summary>
    public static bool LooksCompressed(string? path) =>
        SegmentOf(path) is { Length: >= ShortestGtinLink } segment && segment.All(CompressedBits.Alphabet.Contains);

    /// <summary>Reads a compressed path (the part after the host, leading "/" optional); never throws, whatever it is given.</summary>
    public static DigitalLinkCompressionResult Decompress(string? compressedPath)
    {
        var segment = SegmentOf(compressedPath);
        if (segment == "") return Fail("Đường dẫn trống: không có mã nén nào để đọc.");
        if (segment is null || !segment.All(CompressedBits.Alphabet.Contains))
            return Fail($"“{Shorten(compressedPath?.Trim() ?? "")}” không phải mã GS1 Digital Link dạng nén: dạng nén là một đoạn đường dẫn "
                + "chỉ gồm chữ cái A–Z, a–z, chữ số 0–9 và các dấu - _.");
        try
        {
            return Assemble(CompressedElements.Read(CompressedBits.FromBase64(segment)));
        }
        catch (UnreadableCompressionException unreadable)
        {
            return Fail(unreadable.Message);
        }
    }

    private static DigitalLinkCompressionResult Assemble(List<CompressedElement> elements)
    {
        if (elements.GroupBy(e => e.Key).FirstOrDefault(same => same.Count() > 1) is { } twice)
            return Fail($"Mã nén hỏng: {Name(twice.First())} xuất hiện hai lần.");
        var ais = elements.Where(e => e.IsAi).ToDictionary(e => e.Key, e => e.Value);
        var keys = ais.Keys.Where(ai => KindOf(ai) == 'I').ToList();
        if (!ais.TryGetValue("01", out var gtin))
            return Fail(keys.Count > 0
                ? $"Mã nén này trỏ tới khoá GS1 ({keys[0]}), không phải tới một sản phẩm: ở đây chỉ đọc mã truy xuất theo GTIN (01)."
                : "Mã nén không có mã GTIN (01) của sản phẩm.");
        if (keys.Count > 1)
            return Fail($"Mã nén có hai khoá định danh GS1, (01) và ({keys.First(key => key != "01")}); một đường dẫn chỉ có một khoá.");
        var expected = Catalog.Gtin.CheckDigit(gtin.AsSpan(0, 13));
        if (gtin[13] - '0' != expected)
            return Fail($"Số kiểm tra của mã GTIN {gtin} không đúng: số cuối phải là {expected}.");
        if (ais.Keys.FirstOrDefault(ai => KindOf(ai) == 'Q' && Qualifiers.All(q => q.Ai != ai)) is { } stray)
            return Fail($"Mã ứng dụng (AI) ({stray}) không dùng được sau mã GTIN; chỉ chấp nhận (22) biến thể, (10) mã lô và (21) số sê-ri.");
        foreach (var (ai, label) in Qualifiers)
        {
            if (ais.TryGetValue(ai, out var value) && Gs1Value.Problem(value, label) is { } problem) return Fail(problem.Text);
        }
        var attributes = ais.Where(pair => KindOf(pair.Key) == 'D').ToList();
        if (attributes.FirstOrDefault(pair => pair.Value.Length == 0 || !pair.Value.All(Gs1Value.IsEncodable)) is { Key: not null } bad)
            return Fail($"Giá trị của AI ({bad.Key}) trong mã nén trống hoặc có ký tự ngoài bộ ký tự của GS1.");
        var others = elements.Where(e => !e.IsAi).ToList();
        if (others.FirstOrDefault(pair => pair.Key.All(char.IsAsciiDigit)) is { } numeric)
            return Fail($"Mã nén hỏng: khoá “{numeric.Key}” chỉ gồm chữ số nhưng không phải AI nào của GS1.");
        try
        {
            var link = new DigitalLink(gtin, Lot: ais.GetValueOrDefault("10"), Serial: ais.GetValueOrDefault("21"), Cpv: ais.GetValueOrDefault("22"));
            return DigitalLinkCompressionResult.Success(link, [.. InToolkitOrder(attributes), .. others.Select(e => KeyValuePair.Create(e.Key, e.Value))]);
        }
        catch (DomainException invalid)
        {
            return Fail(invalid.Message);
        }
    }

    /// <summary>
    /// The order of a JavaScript object's keys, which the toolkit writes its query in: AIs that read as whole
    /// numbers ("17", "3103") by value, then those with a leading zero ("02") as they came.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, string>> InToolkitOrder(List<KeyValuePair<string, string>> attributes) =>
        attributes.OrderBy(pair => pair.Key[0] == '0').ThenBy(pair => pair.Key[0] == '0' ? 0 : int.Parse(pair.Key, CultureInfo.InvariantCulture));

    private static char KindOf(string ai) => CompressedAiTable.Format(ai)!.Kind;

    private static string Name(CompressedElement element) => element.IsAi ? $"AI ({element.Key})" : $"khoá “{element.Key}”";

    /// <summary>The one path segment, without a leading and a trailing slash; null when there are more segments.</summary>
    private static string? SegmentOf(string? path)
    {
        var text = path?.Trim() ?? "";
        if (text.StartsWith('/')) text = text[1..];
        if (text.EndsWith('/')) text = text[..^1];
        return text.Contains('/') ? null : text;
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private static DigitalLinkCompressionResult Fail(string message) => DigitalLinkCompressionResult.Failure(message);
}
