using System.Security.Claims;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// Checks a session's security stamp on every request (ValidationInterval is zero) with one read of one column, so a
/// cookie from before a sign-out, password change or reset opens nothing at once. Identity's own validator rebuilds the
/// whole principal (roles, claims) and reissues the cookie on each check, which cost a signed-in page about 80 % of its
/// throughput; here that fuller refresh runs only once a session's cookie is older than <see cref="RefreshAfter"/>.
/// </summary>
public sealed class FreshStampValidator(IOptions<SecurityStampValidatorOptions> options, SignInManager<MarketUser> signIn,
    ILoggerFactory logger, MarketDbContext db, IOptions<IdentityOptions> identity)
    : SecurityStampValidator<MarketUser>(options, signIn, logger)
{
    /// <summary>How old a cookie may grow before roles and claims are read again and it is reissued.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(30);

    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var issued = context.Properties.IssuedUtc;
        if (issued is null || TimeProvider.GetUtcNow() - issued.Value > RefreshAfter)
        {
            await base.ValidateAsync(context);
            return;
        }
        var userId = context.Principal?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var current = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is not null && current == stamp) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
