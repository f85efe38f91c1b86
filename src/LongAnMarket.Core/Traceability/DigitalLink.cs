using System.Text;
using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// A GS1 Digital Link to a trade item: GTIN (AI 01), optionally qualified by consumer product variant (AI 22),
/// batch/lot (AI 10) and serial (AI 21). The GTIN is kept in its 14-digit form; an invalid part throws.
/// </summary>
public sealed record DigitalLink(string Gtin, string? Lot, string? Serial, string? Cpv = null)
{
    public const string CanonicalOrigin = "https://id.gs1.org";

    public string Gtin { get; init => field = ValidGtin(value); } = ValidGtin(Gtin);
    public string? Lot { get; init => field = Valid(value, "Mã lô"); } = Valid(Lot, "Mã lô");
    public string? Serial { get; init => field = Valid(value, "Số sê-ri"); } = Valid(Serial, "Số sê-ri");
    public string? Cpv { get; init => field = Valid(value, "Mã biến thể sản phẩm (22)"); } = Valid(Cpv, "Mã biến thể sản phẩm (22)");

    /// <summary>"/01/{gtin}/22/{cpv}/10/{lot}/21/{serial}", absent parts left out, values percent-encoded.</summary>
    public string Path
    {
        get
        {
            var path = new StringBuilder("/01/").Append(Gtin);
            if (Cpv is not null) path.Append("/22/").Append(Encode(Cpv));
            if (Lot is not null) path.Append("/10/").Append(Encode(Lot));
            if (Serial is not null) path.Append("/21/").Append(Encode(Serial));
            return path.ToString();
        }
    }

    /// <summary>The link on the resolver at <paramref name="origin"/>, e.g. "https://longanmarket.vn".</summary>
    public string ToUri(string origin) => origin.TrimEnd('/') + Path;

    /// <summary>The same link on GS1's global resolver: the form that names the item regardless of who serves it.</summary>
    public string CanonicalUri => ToUri(CanonicalOrigin);

    /// <summary>Reads a request path or a full URI; never throws, whatever it is given.</summary>
    public static DigitalLinkParseResult Parse(string? path) => DigitalLinkParser.Parse(path);

    // GS1 Digital Link Standard: URI Syntax 1.2, ABNF grammar (XSYMBOL): a symbol of an AI value appears in the path
    // only percent-encoded ("/" as %2F, "%" as %25 …); we encode everything outside RFC 3986 "unreserved", as GS1's
    // own Syntax Engine does, so no value can be read as a path separator or query.
    internal static string Encode(string value)
    {
        var encoded = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~') encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2"));
        }
        return encoded.ToString();
    }

    private static string ValidGtin(string gtin) =>
        Catalog.Gtin.Normalize(gtin) ?? throw new DomainException($"Mã GTIN “{gtin}” không hợp lệ (sai độ dài hoặc số kiểm tra).");

    private static string? Valid(string? value, string label) =>
        value is null || Gs1Value.Problem(value, label) is not { } problem ? value : throw new DomainException(problem);
}
