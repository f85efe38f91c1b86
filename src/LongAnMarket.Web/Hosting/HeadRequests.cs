namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Answers HEAD wherever GET is answered (link checkers, crawlers and uptime monitors send HEAD). The page runs as a
/// GET and Kestrel, which remembers the request was HEAD, sends the headers without the body.
/// </summary>
public static class HeadRequests
{
    private const string WasHead = "longan.was-head";

    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
                context.Items[WasHead] = true;
            }
            return next(context);
        });

    /// <summary>The client sent HEAD (answered as a GET): nothing was looked at, so nothing is counted.</summary>
    public static bool IsHead(this HttpContext context) => context.Items.ContainsKey(WasHead) || HttpMethods.IsHead(context.Request.Method);
}
