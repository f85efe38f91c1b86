using LongAnMarket.Core.Common;

namespace LongAnMarket.Core.Producers;

/// <summary>A document a producer submitted with its application: a business registration, a food-safety or OCOP certificate.</summary>
public sealed class ProducerDocument
{
    public const int MaxPerProducer = 10;

    private ProducerDocument() { }

    internal ProducerDocument(string fileName, string storageKey, string contentType, long sizeBytes, DateTimeOffset uploadedAt)
    {
        var name = Path.GetFileName(VietnameseText.Clean(fileName));
        FileName = name.Length is > 0 and <= 200 ? name : "tai-lieu";
        StorageKey = storageKey;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedAt = RecordedTime.From(uploadedAt);
    }

    public int Id { get; private set; }
    public int ProducerId { get; private set; }
    public string FileName { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public RecordedTime UploadedAt { get; private set; }
}
