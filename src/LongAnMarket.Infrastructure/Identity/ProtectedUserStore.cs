using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Identity;

/// <summary>
/// Identity's store, with every user token (authenticator keys, recovery codes, enrolment links) protected at rest:
/// Identity itself writes them to AspNetUserTokens in the clear.
/// </summary>
public sealed class ProtectedUserStore(MarketDbContext context, StoredSecrets secrets, IdentityErrorDescriber? describer = null)
    : UserStore<MarketUser, IdentityRole, MarketDbContext>(context, describer)
{
    public override Task SetTokenAsync(MarketUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        base.SetTokenAsync(user, loginProvider, name, value is null ? null : secrets.Protect(value), cancellationToken);

    public override async Task<string?> GetTokenAsync(MarketUser user, string loginProvider, string name, CancellationToken cancellationToken)
    {
        var stored = await base.GetTokenAsync(user, loginProvider, name, cancellationToken);
        return stored is null ? null : secrets.Unprotect(stored);
    }
}
