using LongAnMarket.Infrastructure.Files;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// /media/… from the public bucket (Storage:Provider = S3), answered as the data folder's files are: the type their
/// name gives (unknown types are not served), a week's caching, the trace downloads' sandbox, and the object's ETag
/// and date so a browser revalidates with a 304. Ranges are not offered: the whole file is sent. Anything the bucket
/// does not hold goes on to the next handler, which answers 404.
/// </summary>
public sealed class BucketMedia(RequestDelegate next, S3Buckets buckets)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/media", out var rest)
            || rest.Value is not ['/', .. var key] || !FileKeys.IsValid(key) || !ContentTypes.TryGetContentType(key, out var contentType))
        {
            await next(context);
            return;
        }
        var stored = await buckets.Public.OpenObjectAsync(key, context.RequestAborted);
        if (stored is null)
        {
            await next(context);
            return;
        }
        await using (stored.Content)
        {
            TraceDownloads.Prepare(context, key[(key.LastIndexOf('/') + 1)..]);
            var entityTag = EntityTagHeaderValue.TryParse(stored.ETag, out var parsed) ? parsed : null;
            await TypedResults.Stream(stored.Content, contentType, lastModified: stored.LastModified, entityTag: entityTag).ExecuteAsync(context);
        }
    }
}
