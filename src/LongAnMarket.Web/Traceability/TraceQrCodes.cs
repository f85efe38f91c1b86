using QRCoder;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// QR codes for package labels. Level Q survives a quarter of the code being scuffed or smudged, and the quiet zone
/// (the white margin phones need to find the code) is always drawn.
/// </summary>
public static class TraceQrCodes
{
    public static byte[] Png(string uri, int pixelsPerModule = 10)
    {
        using var data = Encode(uri);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule, drawQuietZones: true);
    }

    /// <summary>An SVG with a viewBox (one unit per module) and no fixed size, so a label sheet's CSS decides how large it prints.</summary>
    /// <param name="pixelsPerModule">QRCoder ignores it when sizing by viewBox; kept so both formats are called alike.</param>
    public static string Svg(string uri, int pixelsPerModule = 8)
    {
        using var data = Encode(uri);
        return new SvgQRCode(data).GetGraphic(pixelsPerModule, "#000000", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static QRCodeData Encode(string uri)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
    }
}
