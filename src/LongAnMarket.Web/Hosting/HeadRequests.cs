namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Answers HEAD wherever GET is answered (link checkers, crawlers and uptime monitors send HEAD). The page runs as a
/// GET and Kestrel, which remembers the request was HEAD, sends the headers without the body.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method)) context.Request.Method = HttpMethods.Get;
            return next(context);
        });
}
