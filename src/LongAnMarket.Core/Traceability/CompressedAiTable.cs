using System.Globalization;

namespace LongAnMarket.Core.Traceability;

/// <summary>One part of an AI's value: numeric (N) or alphanumeric (X), of a fixed length or up to a maximum.</summary>
internal sealed record CompressedComponent(bool Numeric, int? FixedLength, int MaxLength);

/// <summary>What an AI is to a Digital Link: a primary key (I), a key qualifier (Q) or a data attribute (D).</summary>
internal sealed record CompressedAiFormat(string Ai, char Kind, IReadOnlyList<CompressedComponent> Components);

/// <summary>
/// The tables of GS1's Digital Link compression (GS1DigitalLinkToolkit.js: tableF for the value formats, tableOpt for
/// the optimisation codes, tableP for how many digits an AI has), with each AI's role from the toolkit's aitable.
/// </summary>
internal static class CompressedAiTable
{
    // "AI or first-last, role, components": N6 is six digits, X..20 up to twenty characters.
    private static readonly string[] Spec =
    [
        "00 I N18", "01 I N14", "02 D N14", "10 Q X..20", "11-13 D N6", "15-17 D N6", "20 D N2", "21-22 Q X..20",
        "30 D N..8", "37 D N..8", "90 D X..30", "91-99 D X..90", "240-241 D X..30", "242 D N..6", "243 D X..20",
        "250-251 D X..30", "253 I N13 X..17", "254 Q X..20", "255 I N13 N..12", "400 D X..30", "401 I X..30", "402 I N17",
        "403 D X..30", "410-413 D N13", "414-415 I N13", "416 D N13", "420 D X..20", "421 D N3 X..9", "422 D N3",
        "423 D N3 N..12", "424 D N3", "425 D N3 N..12", "426 D N3", "427 D X..3", "710-714 D X..20",
        "3100-3105 D N6", "3110-3115 D N6", "3120-3125 D N6", "3130-3135 D N6", "3140-3145 D N6", "3150-3155 D N6",
        "3160-3165 D N6", "3200-3205 D N6", "3210-3215 D N6", "3220-3225 D N6", "3230-3235 D N6", "3240-3245 D N6",
        "3250-3255 D N6", "3260-3265 D N6", "3270-3275 D N6", "3280-3285 D N6", "3290-3295 D N6", "3300-3305 D N6",
        "3310-3315 D N6", "3320-3325 D N6", "3330-3335 D N6", "3340-3345 D N6", "3350-3355 D N6", "3360-3365 D N6",
        "3370-3375 D N6", "3400-3405 D N6", "3410-3415 D N6", "3420-3425 D N6", "3430-3435 D N6", "3440-3445 D N6",
        "3450-3455 D N6", "3460-3465 D N6", "3470-3475 D N6", "3480-3485 D N6", "3490-3495 D N6", "3500-3505 D N6",
        "3510-3515 D N6", "3520-3525 D N6", "3530-3535 D N6", "3540-3545 D N6", "3550-3555 D N6", "3560-3565 D N6",
        "3570-3575 D N6", "3600-3605 D N6", "3610-3615 D N6", "3620-3625 D N6", "3630-3635 D N6", "3640-3645 D N6",
        "3650-3655 D N6", "3660-3665 D N6", "3670-3675 D N6", "3680-3685 D N6", "3690-3695 D N6",
        "3900-3909 D N..15", "3910-3919 D N3 N..15", "3920-3929 D N..15", "3930-3939 D N3 N..15", "3940-3943 D N4",
        "7001 D N13", "7002 D X..30", "7003 D N10", "7004 D N..4", "7005 D X..12", "7006 D N6", "7007 D N6 N..6",
        "7008 D X..3", "7009 D X..10", "7010 D X..2", "7020-7022 D X..20", "7023 D X..30", "7030-7039 D N3 X..27",
        "7230-7239 D X..30", "8001 D N14", "8002 D X..20", "8003 I N14 X..16", "8004 I X..30", "8005 D N6",
        "8006 I N18", "8007 D X..24", "8008 D N8 N..4", "8009 D X..50", "8010 I X..30", "8011 Q N..12", "8012 D X..20",
        "8013 D X..30", "8017-8018 I N18", "8019 Q N..10", "8020 D X..25", "8026 D N18", "8110 D X..70", "8111 D N4",
        "8112 D X..70", "8200 D X..70",
    ];

    /// <summary>
    /// Codes that stand for a run of AIs, in the toolkit's order. Each run is sorted as the toolkit's constructor
    /// leaves it (it sorts tableOpt's arrays in place), which is the order their values are written in.
    /// </summary>
    public static readonly IReadOnlyList<(string Code, string[] Ais)> Optimisations =
    [
        ("0A", ["01", "22"]), ("0B", ["01", "10"]), ("0C", ["01", "21"]), ("0D", ["01", "17"]), ("0E", ["01", "7003"]),
        ("0F", ["01", "30"]), ("1A", ["01", "10", "17", "21"]), ("1B", ["01", "15"]), ("1C", ["01", "11"]),
        ("1D", ["01", "16"]), ("1E", ["01", "91"]), ("1F", ["01", "10", "15"]), ("2A", ["01", "3100"]),
        ("2B", ["01", "3101"]), ("2C", ["01", "3102"]), ("2D", ["01", "3103"]), ("2E", ["01", "3104"]),
        ("2F", ["01", "3105"]), ("3A", ["01", "3200"]), ("3B", ["01", "3201"]), ("3C", ["01", "3202"]),
        ("3D", ["01", "3203"]), ("3E", ["01", "3204"]), ("3F", ["01", "3205"]), ("9A", ["8010", "8011"]),
        ("9B", ["8017", "8019"]), ("9C", ["8018", "8019"]), ("9D", ["254", "414"]), ("A0", ["01", "3920"]),
        ("A1", ["01", "3921"]), ("A2", ["01", "3922"]), ("A3", ["01", "3923"]), ("A4", ["01", "3924"]),
        ("A5", ["01", "3925"]), ("A6", ["01", "3926"]), ("A7", ["01", "3927"]), ("A8", ["01", "3928"]),
        ("A9", ["01", "3929"]), ("C0", ["255", "3900"]), ("C1", ["255", "3901"]), ("C2", ["255", "3902"]),
        ("C3", ["255", "3903"]), ("C4", ["255", "3904"]), ("C5", ["255", "3905"]), ("C6", ["255", "3906"]),
        ("C7", ["255", "3907"]), ("C8", ["255", "3908"]), ("C9", ["255", "3909"]), ("CA", ["255", "3940"]),
        ("CB", ["255", "3941"]), ("CC", ["255", "3942"]), ("CD", ["255", "3943"]),
    ];

    private static readonly Dictionary<string, CompressedAiFormat> Formats = Spec.SelectMany(Expand).ToDictionary(f => f.Ai);

    private static readonly Dictionary<string, int> DigitsByPrefix = Formats.Keys
        .GroupBy(ai => ai[..2])
        .ToDictionary(prefix => prefix.Key, prefix => prefix.First().Length);

    public static CompressedAiFormat? Format(string ai) => Formats.GetValueOrDefault(ai);

    /// <summary>How many digits the AIs starting with these two digits have (the toolkit's tableP); null for none.</summary>
    public static int? AiLength(string firstTwoDigits) => DigitsByPrefix.TryGetValue(firstTwoDigits, out var length) ? length : null;

    public static string[]? Optimisation(string code) => Optimisations.FirstOrDefault(o => o.Code == code).Ais;

    private static IEnumerable<CompressedAiFormat> Expand(string line)
    {
        var words = line.Split(' ');
        var range = words[0].Split('-');
        var components = words[2..].Select(Component).ToArray();
        var first = int.Parse(range[0], CultureInfo.InvariantCulture);
        var last = int.Parse(range[^1], CultureInfo.InvariantCulture);
        for (var ai = first; ai <= last; ai++)
            yield return new CompressedAiFormat(ai.ToString(CultureInfo.InvariantCulture).PadLeft(range[0].Length, '0'), words[1][0], components);
    }

    private static CompressedComponent Component(string word)
    {
        var variable = word[1] == '.';
        var length = int.Parse(word.AsSpan(variable ? 3 : 1), CultureInfo.InvariantCulture);
        return new CompressedComponent(word[0] == 'N', variable ? null : length, length);
    }
}
