using LongAnMarket.Infrastructure.Files;
using Microsoft.AspNetCore.StaticFiles;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Public media: product photos are shown on pages; a lot's inspection reports and certificates (trace/…) are files
/// producers uploaded, so they are sent as downloads in a sandbox, never rendered as a document of this origin.
/// </summary>
public static class TraceDownloads
{
    public static void Prepare(StaticFileResponseContext file) => Prepare(file.Context, file.File.Name);

    /// <summary>The headers of a public media file named <paramref name="fileName"/>, whether read from the data folder or a bucket.</summary>
    public static void Prepare(HttpContext context, string fileName)
    {
        var response = context.Response;
        response.Headers.CacheControl = FileStorage.PublicCacheControl;
        if (!context.Request.Path.StartsWithSegments("/media/trace")) return;
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        if (!fileName.EndsWith(".webp", StringComparison.OrdinalIgnoreCase))
            response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }
}
