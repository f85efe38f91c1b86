using System.Threading.RateLimiting;
using LongAnMarket.Infrastructure.Instances;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Forms an attacker would hammer take a few posts per client address per minute; more get 429 and the readable
/// "too fast" page. The address is the real client's: behind a known proxy, ForwardedHeaders has already put the
/// X-Forwarded-For client in place of the proxy's own address. With Redis configured, every instance counts into the same
/// window (<see cref="SharedWindowLimiter"/>), so a client gets each limit once, whichever instances its posts reach.
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

    private static RateLimitPartition<string> PostsPerMinute(HttpContext context, string policy, int perMinute)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) return RateLimitPartition.GetNoLimiter("reads");
        var client = $"{policy}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        var permits = Math.Max(1, perMinute);
        var window = TimeSpan.FromMinutes(1);
        return context.RequestServices.GetService<RedisConnection>() is { } redis
            ? RateLimitPartition.Get(client, key => new SharedWindowLimiter(redis, key, permits, window))
            : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }
}
