using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LongAnMarket.Web.Hosting;

/// <summary>
/// Forms an attacker would hammer (sign-in, sign-up, password reset, producer application) take a few requests per
/// client address per minute; more get 429 and the readable "too fast" page.
/// </summary>
public static class RateLimits
{
    public const string AccountForms = "account-forms";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Hosting:AccountFormsPerMinute", 10);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AccountForms, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reads")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
