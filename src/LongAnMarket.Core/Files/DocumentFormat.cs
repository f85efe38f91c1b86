namespace LongAnMarket.Core.Files;

/// <summary>
/// The document formats producers may upload (certificates, licences): PDF, JPEG and PNG, recognised by their first
/// bytes (<see cref="FileSignatures"/>).
/// </summary>
public static class DocumentFormat
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> head) =>
        FileSignatures.IsPdf(head) ? ("application/pdf", "pdf")
        : FileSignatures.IsPng(head) ? ("image/png", "png")
        : FileSignatures.IsJpeg(head) ? ("image/jpeg", "jpg")
        : null;
}
