using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Forms an attacker would hammer take a few posts per client address per minute; more get 429 and the readable
/// "too fast" page. The address is the real client's: behind a known proxy, ForwardedHeaders has already put the
/// X-Forwarded-For client in place of the proxy's own address.
/// </summary>
public static class RateLimits
{
    /// <summary>Sign-in, sign-up, password reset, two-factor and producer application.</summary>
    public const string AccountForms = "account-forms";
    /// <summary>Adding to, changing and emptying the cart.</summary>
    public const string CartPosts = "cart-posts";
    /// <summary>Placing an order: each one holds stock.</summary>
    public const string CheckoutPosts = "checkout-posts";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var hosting = configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AccountForms, context => PostsPerMinute(context, AccountForms, hosting.AccountFormsPerMinute));
            limiter.AddPolicy(CartPosts, context => PostsPerMinute(context, CartPosts, hosting.CartPostsPerMinute));
            limiter.AddPolicy(CheckoutPosts, context => PostsPerMinute(context, CheckoutPosts, hosting.CheckoutPostsPerMinute));
        });
    }

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, string policy, int perMinute) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("reads")
            : RateLimitPartition.GetFixedWindowLimiter($"{policy}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
