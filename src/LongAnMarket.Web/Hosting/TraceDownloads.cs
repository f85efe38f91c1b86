using Microsoft.AspNetCore.StaticFiles;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Public media: product photos are shown on pages; a lot's inspection reports and certificates (trace/…) are files
/// producers uploaded, so they are sent as downloads in a sandbox, never rendered as a document of this origin.
/// </summary>
public static class TraceDownloads
{
    public static void Prepare(StaticFileResponseContext file)
    {
        var response = file.Context.Response;
        response.Headers.CacheControl = "public, max-age=604800";
        if (!file.Context.Request.Path.StartsWithSegments("/media/trace")) return;
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        if (!file.File.Name.EndsWith(".webp", StringComparison.OrdinalIgnoreCase))
            response.Headers.ContentDisposition = $"attachment; filename=\"{file.File.Name}\"";
    }
}
