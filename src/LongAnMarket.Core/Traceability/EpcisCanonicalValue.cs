using System.Globalization;
using System.Text.RegularExpressions;

namespace LongAnMarket.Core.Traceability;

/// <summary>
/// How one key or value is written into the pre-hash string: prefixed keys as "{namespace}local", timestamps in UTC
/// to the millisecond, numbers without trailing zeros, CBV terms and CURIEs as full URIs, GS1 identifiers as
/// constrained canonical Digital Link URIs.
/// </summary>
internal sealed class EpcisCanonicalValue
{
    /// <summary>Standard prefixes a document may use without declaring them (CBV 2.0 §8.9, rule 15).</summary>
    private static readonly Dictionary<string, string> StandardPrefixes = new()
    {
        ["gs1"] = "https://gs1.org/voc/",
        ["cbv"] = "https://ref.gs1.org/cbv/",
        ["epcis"] = "https://ref.gs1.org/epcis/",
    };

    private static readonly Dictionary<string, string> CbvUrns = new()
    {
        ["urn:epcglobal:cbv:bizstep:"] = "https://ref.gs1.org/cbv/BizStep-",
        ["urn:epcglobal:cbv:disp:"] = "https://ref.gs1.org/cbv/Disp-",
        ["urn:epcglobal:cbv:btt:"] = "https://ref.gs1.org/cbv/BTT-",
        ["urn:epcglobal:cbv:sdt:"] = "https://ref.gs1.org/cbv/SDT-",
        ["urn:epcglobal:cbv:er:"] = "https://ref.gs1.org/cbv/ER-",
    };

    private static readonly Regex DateTimeStamp =
        new(@"^(?<local>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(?:\.(?<fraction>[0-9]+))?(?<zone>[Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, string> namespaces;

    public EpcisCanonicalValue(IReadOnlyDictionary<string, string> declared)
    {
        namespaces = new Dictionary<string, string>(StandardPrefixes);
        foreach (var (prefix, uri) in declared) namespaces[prefix] = uri;
    }

    /// <summary>"example:myField" → "{https://ns.example.com/epcis/}myField" when the prefix is declared.</summary>
    public string Key(string name) =>
        Split(name) is (string prefix, string local) && namespaces.TryGetValue(prefix, out var uri) ? $"{{{uri}}}{local}" : name;

    public string Canonical(string text)
    {
        var expanded = Split(text) is (string prefix, string local) && !local.StartsWith("//") && namespaces.TryGetValue(prefix, out var uri)
            ? uri + local
            : text;
        foreach (var (urn, webUri) in CbvUrns)
        {
            if (expanded.StartsWith(urn, StringComparison.Ordinal)) return webUri + expanded[urn.Length..];
        }
        return EpcisDigitalLink.Canonical(expanded) ?? expanded;
    }

    /// <summary>A bare CBV term ("shipping") gets its vocabulary's URI; anything else is canonicalised as usual.</summary>
    public string Vocabulary(string text, string vocabularyUri) =>
        text.Contains(':') ? Canonical(text) : vocabularyUri + text;

    /// <summary>
    /// UTC with exactly three decimals: "2020-03-04T11:00:30+01:00" → "2020-03-04T10:00:30.000Z". A fourth decimal of
    /// 5–9 rounds the third up (.1415 → .142); later decimals are ignored.
    /// </summary>
    public string Timestamp(string text, string field)
    {
        var match = DateTimeStamp.Match(text);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["local"].Value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            throw new FormatException($"\"{field}\" must be an ISO 8601 date-time with a time zone, not \"{text}\".");

        var fraction = match.Groups["fraction"].Value.PadRight(4, '0');
        var milliseconds = int.Parse(fraction[..3], CultureInfo.InvariantCulture) + (fraction[3] >= '5' ? 1 : 0);
        var zone = match.Groups["zone"].Value;
        DateTime utc;
        try
        {
            var offset = zone is "Z" or "z" ? TimeSpan.Zero
                : TimeSpan.ParseExact(zone[1..], @"hh\:mm", CultureInfo.InvariantCulture) * (zone[0] == '-' ? -1 : 1);
            utc = new DateTimeOffset(local, offset).UtcDateTime.AddMilliseconds(milliseconds);
        }
        catch (Exception problem) when (problem is ArgumentException or FormatException or OverflowException)
        {
            throw new FormatException($"\"{field}\" has an impossible time zone offset or is out of range: \"{text}\".", problem);
        }
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>A JSON number without trailing zeros or exponent: 1.50 → "1.5", 2.0 → "2", 1e3 → "1000".</summary>
    public static string Number(string json)
    {
        if (!decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return double.Parse(json, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
        var normalised = (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return normalised == "-0" ? "0" : normalised;
    }

    private static (string Prefix, string Local)? Split(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
    }
}
