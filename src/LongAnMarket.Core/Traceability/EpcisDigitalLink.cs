using System.Text;
using System.Text.RegularExpressions;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// GS1 identifiers in the form the event hash needs (CBV 2.0 §8.9, rules 17–18): EPC URIs, EPC class and EPC pattern
/// URIs become canonical GS1 Digital Link URIs; Digital Link URIs move to id.gs1.org, lose their query string and keep
/// only the most fine-grained level of identification (a serial wins over a lot).
/// </summary>
internal static class EpcisDigitalLink
{
    private const string Domain = "https://id.gs1.org/";

    private static readonly Regex WebUri = new(@"^https?://[^/?#]+(?<path>/[^?#]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private sealed record EpcScheme(string Prefix, int Parts, Func<string[], string?> Path);

    private static readonly EpcScheme[] EpcSchemes =
    [
        new("urn:epc:id:sgtin:", 3, p => Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin && p[2].Length > 0 ? $"01/{gtin}/21/{Escape(p[2])}" : null),
        new("urn:epc:id:sscc:", 2, p => Key(p[0], p[1], 17, indicatorFirst: true) is { } sscc ? $"00/{sscc}" : null),
        new("urn:epc:id:sgln:", 3, p => Key(p[0], p[1], 12) is { } gln && p[2].Length > 0 ? $"414/{gln}" + (p[2] == "0" ? "" : $"/254/{Escape(p[2])}") : null),
        new("urn:epc:id:grai:", 3, p => Key(p[0], p[1], 12, lead: "0") is { } grai && p[2].Length > 0 ? $"8003/{grai}{Escape(p[2])}" : null),
        new("urn:epc:id:giai:", 2, p => IsCompanyPrefix(p[0]) && p[1].Length > 0 ? $"8004/{p[0]}{Escape(p[1])}" : null),
        new("urn:epc:id:gsrn:", 2, p => Key(p[0], p[1], 17) is { } gsrn ? $"8018/{gsrn}" : null),
        new("urn:epc:id:gsrnp:", 2, p => Key(p[0], p[1], 17) is { } gsrnp ? $"8017/{gsrnp}" : null),
        new("urn:epc:id:gdti:", 3, p => Key(p[0], p[1], 12) is { } gdti ? $"253/{gdti}{Escape(p[2])}" : null),
        new("urn:epc:id:cpi:", 3, p => IsCompanyPrefix(p[0]) && p[1].Length > 0 && IsDigits(p[2]) ? $"8010/{p[0]}{Escape(p[1])}/8011/{p[2]}" : null),
        new("urn:epc:id:sgcn:", 3, p => Key(p[0], p[1], 12) is { } gcn && (p[2].Length == 0 || IsDigits(p[2])) ? $"255/{gcn}{p[2]}" : null),
        new("urn:epc:id:ginc:", 2, p => IsCompanyPrefix(p[0]) && p[1].Length > 0 ? $"401/{p[0]}{Escape(p[1])}" : null),
        new("urn:epc:id:gsin:", 2, p => Key(p[0], p[1], 16) is { } gsin ? $"402/{gsin}" : null),
        new("urn:epc:id:itip:", 5, p => Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin && IsPieceAndTotal(p) && p[4].Length > 0
            ? $"8006/{gtin}{p[2]}{p[3]}/21/{Escape(p[4])}" : null),
        new("urn:epc:id:upui:", 3, p => Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin && p[2].Length > 0 ? $"01/{gtin}/235/{Escape(p[2])}" : null),
        new("urn:epc:id:pgln:", 2, p => Key(p[0], p[1], 12) is { } gln ? $"417/{gln}" : null),
        new("urn:epc:class:lgtin:", 3, p => Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin && p[2].Length > 0 ? $"01/{gtin}/10/{Escape(p[2])}" : null),
        new("urn:epc:idpat:sgtin:", 3, p => p[2] == "*" && Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin ? $"01/{gtin}" : null),
        new("urn:epc:idpat:grai:", 3, p => p[2] == "*" && Key(p[0], p[1], 12, lead: "0") is { } grai ? $"8003/{grai}" : null),
        new("urn:epc:idpat:gdti:", 3, p => p[2] == "*" && Key(p[0], p[1], 12) is { } gdti ? $"253/{gdti}" : null),
        new("urn:epc:idpat:sgcn:", 3, p => p[2] == "*" && Key(p[0], p[1], 12) is { } gcn ? $"255/{gcn}" : null),
        new("urn:epc:idpat:cpi:", 3, p => p[2] == "*" && IsCompanyPrefix(p[0]) && p[1].Length > 0 ? $"8010/{p[0]}{Escape(p[1])}" : null),
        new("urn:epc:idpat:itip:", 5, p => p[4] == "*" && IsPieceAndTotal(p) && Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin ? $"8006/{gtin}{p[2]}{p[3]}" : null),
        new("urn:epc:idpat:upui:", 3, p => p[2] == "*" && Key(p[0], p[1], 13, indicatorFirst: true) is { } gtin ? $"01/{gtin}" : null),
    ];

    /// <summary>Primary keys a Digital Link path may carry, with the shape of their value.</summary>
    private static readonly Dictionary<string, Regex> PrimaryKeys = new()
    {
        ["00"] = new(@"^[0-9]{18}\z"), ["01"] = new(@"^([0-9]{8}|[0-9]{12,14})\z"), ["253"] = new(@"^[0-9]{13}.{0,17}\z"),
        ["255"] = new(@"^[0-9]{13,25}\z"), ["401"] = new(@"^[0-9]{4}.{0,26}\z"), ["402"] = new(@"^[0-9]{17}\z"),
        ["414"] = new(@"^[0-9]{13}\z"), ["417"] = new(@"^[0-9]{13}\z"), ["8003"] = new(@"^[0-9]{14}.{0,16}\z"),
        ["8004"] = new(@"^[0-9]{4}.{0,26}\z"), ["8006"] = new(@"^[0-9]{18}\z"), ["8010"] = new(@"^[0-9]{4}.{0,26}\z"),
        ["8017"] = new(@"^[0-9]{18}\z"), ["8018"] = new(@"^[0-9]{18}\z"),
    };

    /// <summary>Key qualifiers a primary key may carry; the first one present is kept, the others dropped.</summary>
    private static readonly Dictionary<string, string[]> Qualifiers = new()
    {
        ["01"] = ["21", "235", "10", "22"], ["8006"] = ["21", "10", "22"], ["414"] = ["254"], ["8010"] = ["8011"],
    };

    private static readonly Dictionary<string, string> ShortNames = new()
    {
        ["gtin"] = "01", ["itip"] = "8006", ["cpid"] = "8010", ["gln"] = "414", ["party"] = "417", ["gsrnp"] = "8017",
        ["gsrn"] = "8018", ["gcn"] = "255", ["sscc"] = "00", ["gdti"] = "253", ["ginc"] = "401", ["gsin"] = "402",
        ["grai"] = "8003", ["giai"] = "8004", ["cpv"] = "22", ["lot"] = "10", ["ser"] = "21",
    };

    /// <summary>The canonical Digital Link URI, or null when the text is no GS1 identifier this algorithm knows.</summary>
    public static string? Canonical(string uri)
    {
        if (uri.StartsWith("urn:epc:", StringComparison.Ordinal)) return FromEpcUri(uri);
        return WebUri.Match(uri) is { Success: true } web ? Constrained(web.Groups["path"].Value) : null;
    }

    private static string? FromEpcUri(string uri)
    {
        foreach (var scheme in EpcSchemes)
        {
            if (!uri.StartsWith(scheme.Prefix, StringComparison.Ordinal)) continue;
            var parts = uri[scheme.Prefix.Length..].Split('.', scheme.Parts);
            return parts.Length == scheme.Parts && scheme.Path(parts) is { } path ? Domain + path : null;
        }
        return null;
    }

    private static string? Constrained(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            var key = Ai(segments[i]);
            if (!PrimaryKeys.TryGetValue(key, out var shape) || !shape.IsMatch(segments[i + 1])) continue;
            var value = key == "01" ? segments[i + 1].PadLeft(14, '0') : segments[i + 1];
            var allowed = Qualifiers.GetValueOrDefault(key, []);
            var present = new Dictionary<string, string>();
            for (var j = i + 2; j < segments.Length; j += 2)
            {
                var qualifier = Ai(segments[j]);
                if (j + 1 >= segments.Length || !allowed.Contains(qualifier)) return null;
                present[qualifier] = segments[j + 1];
            }
            var kept = allowed.Where(q => q != "22").FirstOrDefault(present.ContainsKey);
            return $"{Domain}{key}/{value}" + (kept is null ? "" : $"/{kept}/{present[kept]}");
        }
        return null;
    }

    private static string Ai(string segment) => ShortNames.GetValueOrDefault(segment, segment);

    /// <summary>Company prefix and reference joined, optionally behind an indicator digit or a lead "0", plus a check digit.</summary>
    private static string? Key(string companyPrefix, string reference, int length, bool indicatorFirst = false, string lead = "")
    {
        if (!IsCompanyPrefix(companyPrefix) || reference.Length > 0 && !IsDigits(reference) || companyPrefix.Length + reference.Length != length)
            return null;
        var digits = indicatorFirst ? reference[..1] + companyPrefix + reference[1..] : lead + companyPrefix + reference;
        return digits + CheckDigit(digits);
    }

    private static char CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
            sum += (digits[^(i + 1)] - '0') * (i % 2 == 0 ? 3 : 1);
        return (char)('0' + (10 - sum % 10) % 10);
    }

    private static bool IsCompanyPrefix(string text) => text.Length is >= 6 and <= 12 && IsDigits(text);

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static bool IsPieceAndTotal(string[] parts) => parts[2].Length == 2 && IsDigits(parts[2]) && parts[3].Length == 2 && IsDigits(parts[3]);

    /// <summary>Characters an EPC URI writes plainly but a Digital Link path segment must percent-encode.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c is '!' or '(' or ')' or '*' or '+' or ',' or ':' ? $"%{(int)c:X2}" : c);
        return escaped.ToString();
    }
}
