using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Producers;

/// <summary>
/// A producer's own photo for its public page, through the product-photo pipeline (type from its bytes, pixel count
/// before decoding, re-encoded without EXIF or GPS). The old file goes once the new one is committed.
/// </summary>
public sealed class ProducerPhotoService(MarketDbContext db, IFileStore media)
{
    public async Task SetAsync(int producerId, string fileName, byte[] bytes, CancellationToken ct)
    {
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == producerId, ct)
            ?? throw new DomainException("Không tìm thấy doanh nghiệp.");
        ProcessedImage image;
        try { image = await ProductImageProcessor.ProcessAsync(bytes, fileName, ct); }
        catch (DomainException refused) { throw new DomainException(refused.Reason) { Field = "Photo" }; }
        var path = $"producers/{producer.Slug}/{Guid.NewGuid():N}.webp";
        await media.SaveAsync(path, new MemoryStream(image.Display), ct);
        string? previous;
        try
        {
            previous = producer.SetPhoto(path, image.Width, image.Height);
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            await media.DeleteAsync(path, CancellationToken.None);
            throw;
        }
        if (previous is not null) await media.DeleteAsync(previous, CancellationToken.None);
    }
}
