using System.Xml.Linq;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Web.Traceability;
using SkiaSharp;
using ZXing;

namespace LongAnMarket.Tests.Web.Traceability;

public sealed class TraceQrCodeTests
{
    public static TheoryData<string> Uris => new()
    {
        new DigitalLink("09506000134352", "L2024-07", null).ToUri("https://longanmarket.vn"),
        new DigitalLink("08930000000422", "AB/12%x", "X7K2M9PQRS").ToUri("https://longanmarket.vn"),
        new DigitalLink("00000096385074", "!\"%&'()*+,-./:;<=>?", "_abcXYZ019").CanonicalUri,
    };

    [Theory]
    [MemberData(nameof(Uris))]
    public void Should_render_a_png_that_a_scanner_reads_back_as_the_same_uri(string uri)
    {
        var result = Scan(TraceQrCodes.Png(uri));

        Assert.Equal(uri, result.Text);
        Assert.Equal(BarcodeFormat.QR_CODE, result.BarcodeFormat);
    }

    [Fact]
    public void Should_use_error_correction_level_q()
    {
        var result = Scan(TraceQrCodes.Png("https://longanmarket.vn/01/09506000134352/10/L1"));

        Assert.Equal("Q", result.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL].ToString());
    }

    [Fact]
    public void Should_scale_the_png_by_pixels_per_module()
    {
        using var small = SKBitmap.Decode(TraceQrCodes.Png("https://longanmarket.vn/01/09506000134352", pixelsPerModule: 4));
        using var large = SKBitmap.Decode(TraceQrCodes.Png("https://longanmarket.vn/01/09506000134352", pixelsPerModule: 8));

        Assert.Equal(small.Width * 2, large.Width);
    }

    [Fact]
    public void Should_render_an_svg_sized_by_its_view_box_so_css_can_scale_it()
    {
        var svg = XDocument.Parse(TraceQrCodes.Svg("https://longanmarket.vn/01/09506000134352/10/L1")).Root!;

        Assert.Equal("svg", svg.Name.LocalName);
        var viewBox = svg.Attribute("viewBox")?.Value.Split(' ');
        Assert.NotNull(viewBox);
        Assert.Equal(4, viewBox.Length);
        Assert.Equal(viewBox[2], viewBox[3]);
        Assert.True(double.Parse(viewBox[2], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Null(svg.Attribute("width"));
    }

    private static Result Scan(byte[] png)
    {
        using var decoded = SKBitmap.Decode(png);
        using var bgra = decoded.Copy(SKColorType.Bgra8888);
        var pixels = new RGBLuminanceSource(bgra.Bytes, bgra.Width, bgra.Height, RGBLuminanceSource.BitmapFormat.BGRA32);
        var reader = new BarcodeReaderGeneric { Options = { PossibleFormats = [BarcodeFormat.QR_CODE] } };
        return reader.Decode(pixels) ?? throw new Xunit.Sdk.XunitException("No QR code found in the PNG.");
    }
}
