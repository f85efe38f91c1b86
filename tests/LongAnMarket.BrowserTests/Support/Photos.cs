using SkiaSharp;

namespace LongAnMarket.BrowserTests.Support;

/// <summary>A PNG a person might upload: a green field over a band of ripe rice.</summary>
public static class Photos
{
    public static byte[] Field(int width = 1200, int height = 800)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0x7A, 0xA8, 0x4F));
            using var paint = new SKPaint { Color = new SKColor(0xC8, 0xA2, 0x4A) };
            canvas.DrawRect(0, height * 0.65f, width, height * 0.35f, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
