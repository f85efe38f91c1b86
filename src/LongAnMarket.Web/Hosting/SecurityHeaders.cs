using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Payments;
using LongAnMarket.Infrastructure.Payments.PayOS;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Hosting;

/// <summary>Headers every response carries. No inline script or style is ever needed, so CSP forbids them.</summary>
internal static class SecurityHeaders
{
    /// <summary>Where Stripe Checkout lives: the card form's redirect must be allowed to go there.</summary>
    public const string StripeCheckoutOrigin = "https://checkout.stripe.com";

    /// <summary>
    /// The policy, with <c>form-action</c> naming the payment pages a form's redirect may lead to (browsers check each
    /// hop of a form's redirects against it): Stripe Checkout and payOS's checkout, each only when configured; and
    /// <c>img-src</c> the origin of Storage:S3:PublicBaseUrl when pictures are fetched from there.
    /// </summary>
    public static string ContentSecurityPolicy(StripeOptions stripe, PayOsOptions payOs, StorageOptions storage)
    {
        var formTargets = new List<string> { "'self'" };
        if (stripe.IsConfigured) formTargets.Add(StripeCheckoutOrigin);
        if (payOs.IsConfigured) formTargets.Add(new Uri(payOs.CheckoutOrigin).GetLeftPart(UriPartial.Authority));
        var imageSources = storage.PublicMediaBaseUrl is { } media ? $"'self' data: {new Uri(media).GetLeftPart(UriPartial.Authority)}" : "'self' data:";
        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src {imageSources}; font-src 'self'; " +
            $"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action {string.Join(' ', formTargets)}; frame-ancestors 'none'";
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var policy = ContentSecurityPolicy(app.ApplicationServices.GetRequiredService<IOptions<StripeOptions>>().Value,
            app.ApplicationServices.GetRequiredService<IOptions<PayOsOptions>>().Value,
            app.ApplicationServices.GetRequiredService<IOptions<StorageOptions>>().Value);
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // A response that set its own, stricter policy (a sandboxed download) keeps it.
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy)) headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
