using System.Globalization;
using System.Net;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>
/// Draws a simple square SVG picture for a demo product, so the demo ships no photographs. The name is not painted on
/// it: cards and pages show the name as text, and a painted band repeated it at poor contrast.
/// </summary>
internal static class ProductIllustration
{
    public const int Size = 600;

    public static string Svg(string name, string motif, string color)
    {
        var main = IsHexColor(color) ? color : "#7a9a3a";
        var label = WebUtility.HtmlEncode(name);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{Size}" height="{Size}" viewBox="0 0 600 600" role="img" aria-label="{label}">
            <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#fbf6ea"/><stop offset="1" stop-color="#efe3c6"/></linearGradient></defs>
            <rect width="600" height="600" fill="url(#bg)"/>
            <circle cx="300" cy="260" r="190" fill="{main}" opacity="0.12"/>
            {Motif(motif, main)}
            </svg>
            """;
    }

    private static string Motif(string motif, string c) => motif switch
    {
        "grain" or "flakes" => Repeat(14, i => $"<ellipse cx=\"{200 + i % 5 * 50}\" cy=\"{170 + i / 5 * 70}\" rx=\"16\" ry=\"30\" fill=\"{c}\" transform=\"rotate({i * 23 % 60 - 30} {200 + i % 5 * 50} {170 + i / 5 * 70})\"/>"),
        "fruit" => $"<ellipse cx=\"300\" cy=\"270\" rx=\"140\" ry=\"120\" fill=\"{c}\"/>" + Repeat(6, i => $"<path d=\"M{200 + i * 40} {170 + i % 2 * 30} l30 -50 l10 60z\" fill=\"#6a9a2a\"/>"),
        "citrus" => $"<circle cx=\"300\" cy=\"270\" r=\"130\" fill=\"{c}\"/><circle cx=\"300\" cy=\"270\" r=\"100\" fill=\"#e9f5c8\"/>" + Repeat(8, i => $"<path d=\"M300 270 L{300 + 95 * Math.Cos(i * Math.PI / 4):0} {270 + 95 * Math.Sin(i * Math.PI / 4):0}\" stroke=\"{c}\" stroke-width=\"6\"/>"),
        "pineapple" => $"<ellipse cx=\"300\" cy=\"300\" rx=\"100\" ry=\"140\" fill=\"{c}\"/>" + Repeat(5, i => $"<path d=\"M{300 + (i - 2) * 25} 170 l{(i - 2) * 15} -110 l20 100z\" fill=\"#3f7a2a\"/>"),
        "sausage" => Repeat(4, i => $"<rect x=\"150\" y=\"{150 + i * 80}\" width=\"300\" height=\"56\" rx=\"28\" fill=\"{c}\"/>"),
        "nut" => Repeat(9, i => $"<ellipse cx=\"{210 + i % 3 * 90}\" cy=\"{180 + i / 3 * 90}\" rx=\"38\" ry=\"26\" fill=\"{c}\"/>"),
        "leaf-wrap" => $"<rect x=\"170\" y=\"150\" width=\"260\" height=\"260\" rx=\"30\" fill=\"{c}\"/><path d=\"M170 280 H430 M300 150 V410\" stroke=\"#f4e9c8\" stroke-width=\"14\"/>",
        "bottle" => $"<rect x=\"250\" y=\"90\" width=\"100\" height=\"60\" fill=\"{c}\"/><rect x=\"200\" y=\"150\" width=\"200\" height=\"300\" rx=\"40\" fill=\"{c}\"/><rect x=\"230\" y=\"260\" width=\"140\" height=\"90\" fill=\"#fbf6ea\"/>",
        "jar" => $"<rect x=\"190\" y=\"130\" width=\"220\" height=\"40\" rx=\"10\" fill=\"#5a4a3a\"/><rect x=\"170\" y=\"170\" width=\"260\" height=\"280\" rx=\"50\" fill=\"{c}\"/>",
        "drum" => $"<ellipse cx=\"300\" cy=\"170\" rx=\"150\" ry=\"45\" fill=\"#f3e2bd\"/><path d=\"M150 170 V390 A150 45 0 0 0 450 390 V170 A150 45 0 0 1 150 170\" fill=\"{c}\"/>",
        "melon" => $"<ellipse cx=\"300\" cy=\"280\" rx=\"170\" ry=\"140\" fill=\"{c}\"/>" + Repeat(5, i => $"<path d=\"M{180 + i * 60} 160 Q{170 + i * 60} 280 {180 + i * 60} 400\" stroke=\"#1f4a1a\" stroke-width=\"10\" fill=\"none\"/>"),
        "basket" => $"<path d=\"M140 220 H460 L420 440 H180Z\" fill=\"{c}\"/>" + Repeat(5, i => $"<path d=\"M{150 + i * 2} {260 + i * 36} H{450 - i * 2}\" stroke=\"#fbf6ea\" stroke-width=\"6\"/>"),
        _ => $"<rect x=\"170\" y=\"140\" width=\"260\" height=\"300\" rx=\"24\" fill=\"{c}\"/><rect x=\"210\" y=\"240\" width=\"180\" height=\"100\" fill=\"#fbf6ea\"/>",
    };

    private static string Repeat(int count, Func<int, string> part) =>
        string.Concat(Enumerable.Range(0, count).Select(part));

    private static bool IsHexColor(string color) =>
        color.Length == 7 && color[0] == '#' && int.TryParse(color.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _);
}
