using System.Globalization;
using System.Text;
using QRCoder;

namespace LongAnMarket.Web.Traceability;

/// <summary>QR codes of Digital Links, for the product page, the seller's lot page and printed label sheets.</summary>
public static class TraceQrCodes
{
    public static byte[] Png(string uri, int pixelsPerModule = 10)
    {
        using var data = Encode(uri, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule, drawQuietZones: true);
    }

    /// <summary>An SVG with a viewBox (one unit per module) and no fixed size, so the page's CSS decides how large it shows.</summary>
    public static string Svg(string uri)
    {
        using var data = Encode(uri, QRCodeGenerator.ECCLevel.Q);
        return SvgOf(data, size: null);
    }

    /// <summary>
    /// A label's QR: the strongest error correction whose modules, the 4-module quiet zone included, come out at least
    /// <paramref name="minModuleMm"/> wide within <paramref name="sideMm"/>. The svg carries its printed size in mm.
    /// </summary>
    public static LabelQr ForLabel(string uri, decimal sideMm, decimal minModuleMm)
    {
        LabelQr? densest = null;
        foreach (var level in (QRCodeGenerator.ECCLevel[])[QRCodeGenerator.ECCLevel.Q, QRCodeGenerator.ECCLevel.M, QRCodeGenerator.ECCLevel.L])
        {
            using var data = Encode(uri, level);
            var modules = data.ModuleMatrix.Count;
            var module = Math.Floor(sideMm / modules * 100) / 100;
            densest = new LabelQr(SvgOf(data, modules * module), modules, module, level.ToString(), module < minModuleMm);
            if (!densest.IsTooDense) return densest;
        }
        return densest!;
    }

    private static QRCodeData Encode(string uri, QRCodeGenerator.ECCLevel level)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(uri, level);
    }

    /// <summary>
    /// One path of dark runs, row by row, on a white square: no style attributes (the site's CSP forbids them) and
    /// crisp edges. QRCoder's matrix already holds the 4-module quiet zone.
    /// </summary>
    private static string SvgOf(QRCodeData data, decimal? size)
    {
        var matrix = data.ModuleMatrix;
        var n = matrix.Count;
        var svg = new StringBuilder(n * n);
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {n} {n}" """);
        if (size is { } mm) svg.Append(CultureInfo.InvariantCulture, $"""width="{mm:0.##}mm" height="{mm:0.##}mm" """);
        svg.Append(CultureInfo.InvariantCulture, $"""shape-rendering="crispEdges" role="img" aria-label="QR"><rect width="{n}" height="{n}" fill="#fff"/><path fill="#000" d=""").Append('"');
        for (var y = 0; y < n; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < n; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < n && row[x + 1]) x++;
                svg.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }
        return svg.Append("\"/></svg>").ToString();
    }
}

/// <summary>A printed QR: its svg, its width in modules (quiet zone included), each module's width, and its error correction.</summary>
public sealed record LabelQr(string Svg, int Modules, decimal ModuleMm, string ErrorCorrection, bool IsTooDense)
{
    public decimal SideMm => Modules * ModuleMm;
}
