using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using SkiaSharp;

namespace LongAnMarket.Infrastructure.Catalog;

public sealed record ProcessedImage(byte[] Display, byte[] Thumbnail, int Width, int Height);

/// <summary>
/// Turns an uploaded photo into the two WebP files the pages show (product page and cards). The type is read from
/// the file's first bytes, the pixel count from its header before anything is decoded (so a 20,000 × 20,000
/// "decompression bomb" is refused without allocating it), and re-encoding drops every byte of metadata (EXIF, GPS).
/// A photo within the limit can still decode to about 160 MB, so at most two are decoded at once; the rest wait.
/// </summary>
public static class ProductImageProcessor
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const long MaxPixels = 40_000_000;
    public const int DisplaySide = 1200;
    public const int ThumbnailSide = 480;
    public const int MaxConcurrentDecodes = 2;
    private const int Quality = 80;
    private static readonly SemaphoreSlim Decoders = new(MaxConcurrentDecodes, MaxConcurrentDecodes);
    private static int _decoding;
    private static int _mostDecoding;

    /// <summary>Photos sent with a form (a complaint, a review, a message, a report): each processed, a refusal naming the "Photos" field.</summary>
    public static async Task<IReadOnlyList<ProcessedImage>> ProcessAllAsync(IEnumerable<Traceability.UploadedFile> photos, CancellationToken ct)
    {
        var images = new List<ProcessedImage>();
        foreach (var photo in photos)
        {
            try { images.Add(await ProcessAsync(photo.Bytes, photo.FileName, ct)); }
            catch (DomainException refused) { throw new DomainException(refused.Reason) { Field = "Photos" }; }
        }
        return images;
    }

    /// <summary>The most decodes that ever ran at once in this process (a test reads it).</summary>
    public static int MostConcurrentDecodes => Volatile.Read(ref _mostDecoding);

    public static async Task<ProcessedImage> ProcessAsync(byte[] bytes, string fileName, CancellationToken ct = default)
    {
        await Decoders.WaitAsync(ct);
        var now = Interlocked.Increment(ref _decoding);
        for (var most = Volatile.Read(ref _mostDecoding); now > most; most = Volatile.Read(ref _mostDecoding))
            if (Interlocked.CompareExchange(ref _mostDecoding, now, most) == most) break;
        try { return Process(bytes, fileName); }
        finally
        {
            Interlocked.Decrement(ref _decoding);
            Decoders.Release();
        }
    }

    private static ProcessedImage Process(byte[] bytes, string fileName)
    {
        if (bytes.Length == 0) throw new DomainException($"Tệp “{fileName}” rỗng.");
        if (bytes.Length > MaxBytes) throw new DomainException($"Ảnh “{fileName}” lớn hơn {MaxBytes / 1024 / 1024} MB.");
        if (!(FileSignatures.IsJpeg(bytes) || FileSignatures.IsPng(bytes) || FileSignatures.IsWebp(bytes))) throw new DomainException($"Tệp “{fileName}” không phải ảnh JPEG, PNG hay WebP.");
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new DomainException($"Không đọc được ảnh “{fileName}”.");
        var info = codec.Info;
        if ((long)info.Width * info.Height > MaxPixels)
            throw new DomainException($"Ảnh “{fileName}” quá lớn ({info.Width} × {info.Height} điểm ảnh; tối đa {MaxPixels / 1_000_000} triệu).");
        using var decoded = SKBitmap.Decode(codec) ?? throw new DomainException($"Không đọc được ảnh “{fileName}”.");
        using var display = Fit(decoded, DisplaySide);
        using var thumbnail = Fit(decoded, ThumbnailSide);
        return new ProcessedImage(Encode(display), Encode(thumbnail), display.Width, display.Height);
    }

    private static SKBitmap Fit(SKBitmap source, int maxSide)
    {
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(source.Width, source.Height));
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        return source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell))
            ?? throw new DomainException("Không thu nhỏ được ảnh.");
    }

    private static byte[] Encode(SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SKEncodedImageFormat.Webp, Quality);
        return encoded.ToArray();
    }
}
