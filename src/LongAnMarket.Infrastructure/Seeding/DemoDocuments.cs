using System.Text;
using SkiaSharp;

namespace LongAnMarket.Infrastructure.Seeding;

/// <summary>Small genuine files for the demo record: a one-page PDF report and a photo-like JPEG.</summary>
internal static class DemoDocuments
{
    /// <summary>A valid single-page PDF (Helvetica, ASCII text) with a correct cross-reference table.</summary>
    public static byte[] Pdf(params string[] lines)
    {
        var text = new StringBuilder("BT /F1 14 Tf 56 780 Td 18 TL\n");
        foreach (var line in lines) text.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        text.Append("ET");
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(offset.ToString("D10")).Append(" 00000 n \n");
        pdf.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A field at harvest, drawn: sky, ground and a row of fruit in the product's colour.</summary>
    public static byte[] Photo(string color)
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 600));
        var canvas = surface.Canvas;
        canvas.Clear(SKColor.Parse("#cfe8f7"));
        using var ground = new SKPaint { Color = SKColor.Parse("#5c8a3a") };
        canvas.DrawRect(0, 360, 800, 240, ground);
        using var fruit = new SKPaint { Color = SKColor.Parse(color), IsAntialias = true };
        for (var i = 0; i < 7; i++) canvas.DrawCircle(70 + i * 110, 420 + (i % 2) * 40, 42, fruit);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static string Escape(string line) => line.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
