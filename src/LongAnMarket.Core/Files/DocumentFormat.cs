namespace LongAnMarket.Core.Files;

/// <summary>
/// The document formats producers may upload (certificates, licences): PDF, JPEG and PNG, recognised by their first
/// bytes rather than by the file name or the type the browser claims.
/// </summary>
public static class DocumentFormat
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? ("application/pdf", "pdf")
        : head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? ("image/png", "png")
        : head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? ("image/jpeg", "jpg")
        : null;
}
