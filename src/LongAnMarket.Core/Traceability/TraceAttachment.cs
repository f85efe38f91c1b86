using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Traceability;

public enum AttachmentKind { Photo = 0, Document = 1 }

/// <summary>A photo or a certificate/lab report behind an event; its SHA-256 is part of the lot's hash chain.</summary>
public sealed class TraceAttachment
{
    public const int MaxPerEvent = 4;
    private TraceAttachment() { }

    internal TraceAttachment(AttachmentKind kind, string path, string sha256, string contentType, string fileName, int? width, int? height)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("SHA-256 must be 64 lowercase hex digits.", nameof(sha256));
        Kind = kind;
        Path = path;
        Sha256 = sha256;
        ContentType = contentType;
        FileName = VietnameseText.Clean(fileName) is { Length: > 0 and <= 200 } cleaned ? cleaned : "tep-dinh-kem";
        Width = width;
        Height = height;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public AttachmentKind Kind { get; private set; }
    /// <summary>Public media path, e.g. "/media/trace/…webp".</summary>
    public string Path { get; private set; } = "";
    public string Sha256 { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public int? Width { get; private set; }
    public int? Height { get; private set; }
}
