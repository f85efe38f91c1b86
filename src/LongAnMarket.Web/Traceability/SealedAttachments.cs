using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// A lot's photo or document is hashed again each time it is served: a file changed on disk after it was sealed into
/// the record is refused (409) with a message rather than shown as part of a verified record.
/// </summary>
public static class SealedAttachments
{
    public static IApplicationBuilder UseSealedAttachments(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/media/trace") || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            await next(context);
            return;
        }
        var path = "/media" + context.Request.Path.Value![6..];
        var services = context.RequestServices;
        var ct = context.RequestAborted;
        var sealedHash = await services.GetRequiredService<MarketDbContext>().Set<LongAnMarket.Core.Traceability.TraceAttachment>()
            .AsNoTracking().Where(a => a.Path == path).Select(a => a.Sha256).FirstOrDefaultAsync(ct);
        if (sealedHash is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var stored = await services.GetRequiredService<LotRecordAudit>().HashOfAsync(path, ct);
        if (stored == sealedHash)
        {
            await next(context);
            return;
        }
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SealedAttachments))
            .LogWarning("Trace attachment {Path} differs from the file sealed into its record ({Found}).", path, stored ?? "missing");
        context.Response.StatusCode = stored is null ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (stored is not null)
            await context.Response.WriteAsync("Tệp này đã bị thay đổi sau khi được niêm phong vào hồ sơ lô hàng, nên không được hiển thị. " +
                "This file was changed after it was sealed into the lot's record.", ct);
    });
}
