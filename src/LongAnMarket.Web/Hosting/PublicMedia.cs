using LongAnMarket.Infrastructure;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Traceability;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Public media at /media/…: a lot's attachment is checked against its seal first, then the file is served from the
/// data folder (Storage:Provider = Local) or streamed from the public bucket (S3). The addresses are the same either
/// way, also when pages point pictures at Storage:S3:PublicBaseUrl (<see cref="MediaLinks"/>).
/// </summary>
public static class PublicMedia
{
    public static WebApplication UsePublicMedia(this WebApplication app)
    {
        app.UseSealedAttachments();
        if (app.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.S3)
        {
            app.UseMiddleware<BucketMedia>();
            return app;
        }
        var media = Path.Combine(app.Services.GetRequiredService<DataFolder>().Path, "media");
        Directory.CreateDirectory(media);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(media),
            RequestPath = "/media",
            OnPrepareResponse = TraceDownloads.Prepare,
        });
        return app;
    }
}
