using LongAnMarket.Core.Common;
using LongAnMarket.Core.Files;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Catalog;
using LongAnMarket.Infrastructure.Data;

namespace LongAnMarket.Infrastructure.Traceability;

/// <summary>
/// Files a consumer's counterfeit report with up to three photos of the package. Each photo goes through the same
/// pipeline as product photos (type from its bytes, pixel count before decoding, re-encoded without EXIF or GPS) and
/// is kept in the private store: only the trade office sees it.
/// </summary>
public sealed class CounterfeitReportService(MarketDbContext db, IPrivateFileStore files)
{
    public async Task<int> FileAsync(CounterfeitReport report, IReadOnlyList<UploadedFile> photos, CancellationToken ct)
    {
        if (photos.Count > CounterfeitReport.MaxPhotos)
            throw new DomainException($"Gửi tối đa {CounterfeitReport.MaxPhotos} ảnh.") { Field = "Photos" };
        var images = await ProductImageProcessor.ProcessAllAsync(photos, ct);
        var saved = new List<string>();
        try
        {
            foreach (var image in images)
            {
                var key = $"reports/{Guid.NewGuid():N}.webp";
                await files.SaveAsync(key, new MemoryStream(image.Display), ct);
                saved.Add(key);
                report.AddPhoto(key, image.Width, image.Height);
            }
            db.CounterfeitReports.Add(report);
            await db.SaveChangesAsync(ct);
            return report.Id;
        }
        catch
        {
            foreach (var key in saved) await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }
}
