using System.Security.Cryptography;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Catalog;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Stores an event's photos (re-encoded like product photos) and certificates/lab reports (PDF, JPEG, PNG as sent)
/// in public media, and hands back what the chain needs: the path and the SHA-256 of the stored bytes.
/// </summary>
public sealed class TraceAttachments(IFileStore media)
{
    public async Task<IReadOnlyList<string>> StoreAsync(TraceEvent record, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        if (files.Count > TraceAttachment.MaxPerEvent) throw new DomainException($"Mỗi sự kiện có tối đa {TraceAttachment.MaxPerEvent} tệp đính kèm.");
        var prepared = new List<PreparedFile>(); // every file is checked before any is stored
        foreach (var file in files) prepared.Add(await PrepareAsync(file, ct));
        var stored = new List<string>();
        try
        {
            foreach (var file in prepared)
            {
                await media.SaveAsync(file.Key, new MemoryStream(file.Bytes), ct);
                stored.Add(file.Key);
                record.Attach(file.Kind, "/media/" + file.Key, Convert.ToHexStringLower(SHA256.HashData(file.Bytes)),
                    file.ContentType, file.FileName, file.Width, file.Height);
            }
            return stored;
        }
        catch
        {
            await DeleteAsync(stored);
            throw;
        }
    }

    public async Task DeleteAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys) await media.DeleteAsync(key, CancellationToken.None);
    }

    private static async Task<PreparedFile> PrepareAsync(UploadedFile file, CancellationToken ct)
    {
        if (file.Bytes.Length == 0) throw new DomainException($"Tệp “{file.FileName}” rỗng.");
        if (file.Bytes.Length > ProductImageProcessor.MaxBytes) throw new DomainException($"Tệp “{file.FileName}” lớn hơn 5 MB.");
        var stem = $"trace/{DateTime.UtcNow:yyyyMM}/{Guid.NewGuid():N}";
        if (FileSignatures.IsPdf(file.Bytes))
            return new PreparedFile(stem + ".pdf", file.Bytes, AttachmentKind.Document, "application/pdf", file.FileName, null, null);
        var image = await ProductImageProcessor.ProcessAsync(file.Bytes, file.FileName, ct);
        return new PreparedFile(stem + ".webp", image.Display, AttachmentKind.Photo, "image/webp", file.FileName, image.Width, image.Height);
    }

    private sealed record PreparedFile(string Key, byte[] Bytes, AttachmentKind Kind, string ContentType, string FileName, int? Width, int? Height);
}
