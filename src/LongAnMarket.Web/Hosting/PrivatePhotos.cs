using LongAnMarket.Core.Files;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// A photo someone sent (with a complaint, a message, a counterfeit report) from the private store, to a reader the
/// caller let through: sandboxed, never cached, "not found" when the key is unknown or its file is gone.
/// </summary>
public static class PrivatePhotos
{
    public static async Task<IActionResult> ServeAsync(ControllerBase controller, IPrivateFileStore files, string? key, CancellationToken ct)
    {
        if (key is null || await files.OpenReadAsync(key, ct) is not { } stream) return controller.NotFound();
        controller.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
        controller.Response.Headers.CacheControl = "private, no-store";
        return controller.File(stream, "image/webp");
    }
}
