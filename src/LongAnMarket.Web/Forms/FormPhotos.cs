using LongAnMarket.Infrastructure.Traceability;

namespace LongAnMarket.Web.Forms;

/// <summary>Photos posted with a form (a complaint, a review), read whole for the image pipeline.</summary>
public static class FormPhotos
{
    /// <summary>At most one more than <paramref name="allowed"/> is read, so the domain refuses the excess with its own message.</summary>
    public static async Task<IReadOnlyList<UploadedFile>> ReadAsync(IEnumerable<IFormFile>? photos, int allowed, CancellationToken ct)
    {
        var uploads = new List<UploadedFile>();
        foreach (var photo in (photos ?? []).Where(p => p.Length > 0).Take(allowed + 1))
        {
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, ct);
            uploads.Add(new UploadedFile(photo.FileName, buffer.ToArray()));
        }
        return uploads;
    }
}
