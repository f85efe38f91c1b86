using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// An upload whose file name carries quotes, slashes, control or bidirectional-override characters, or runs past 255
/// characters is answered 400 before any action sees it: no browser sends such a name, and it would travel on into
/// messages, headers and logs.
/// </summary>
public sealed class HostileFileNames : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType && request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            if (form.Files.Any(f => IsHostile(f.FileName)))
            {
                context.Result = new BadRequestResult();
                return;
            }
        }
        await next();
    }

    public static bool IsHostile(string name) =>
        name.Length is 0 or > 255 || name.Any(c => c is '"' or '\\' or '/' || char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');
}
