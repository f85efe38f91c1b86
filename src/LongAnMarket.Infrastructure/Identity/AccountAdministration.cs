using LongAnMarket.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Identity;

/// <summary>Accounts made by operators rather than by sign-up: the `create-admin` command and the demo accounts.</summary>
public sealed class AccountAdministration(UserManager<MarketUser> users, RoleManager<IdentityRole> roles, MarketDbContext db,
    IUserStore<MarketUser> store, TimeProvider clock)
{
    /// <summary>
    /// Gives the account an authenticator and turns two-factor sign-in on: a fresh random secret, or the given one (the
    /// demo admin's, published in README for local use). Returns the secret, or null when the account already had
    /// two-factor sign-in (its authenticator is left as it is).
    /// </summary>
    public async Task<string?> EnableAuthenticatorAsync(string email, string? fixedSecret = null)
    {
        var user = await users.FindByEmailAsync(email) ?? throw new AccountException([$"No account {email}."]);
        if (await users.GetTwoFactorEnabledAsync(user))
            return fixedSecret is not null && await users.GetAuthenticatorKeyAsync(user) == fixedSecret ? fixedSecret : null;
        if (fixedSecret is null) Check(await users.ResetAuthenticatorKeyAsync(user));
        else
        {
            await ((IUserAuthenticatorKeyStore<MarketUser>)store).SetAuthenticatorKeyAsync(user, fixedSecret, CancellationToken.None);
            Check(await users.UpdateSecurityStampAsync(user));
        }
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return await users.GetAuthenticatorKeyAsync(user);
    }

    /// <summary>Makes the account with this email the manager of the business with this tax number (demo seeding).</summary>
    public async Task AssignProducerAsync(string email, string taxCode)
    {
        var user = await users.FindByEmailAsync(email) ?? throw new AccountException([$"No account {email}."]);
        var producer = await db.Producers.FirstOrDefaultAsync(p => p.TaxCode == taxCode);
        if (producer is null || producer.OwnerUserId == user.Id) return;
        producer.AssignOwner(user.Id);
        await db.SaveChangesAsync();
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in MarketRoles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));
    }

    /// <summary>
    /// Creates a confirmed account in <paramref name="role"/>, or adds the role to the account that has this email
    /// (its password is left alone). Returns whether the account was new; throws with Identity's reasons otherwise.
    /// </summary>
    public async Task<bool> EnsureAccountAsync(string email, string password, string displayName, string role)
    {
        await EnsureRolesAsync();
        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        if (user is null)
        {
            user = new MarketUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            Check(await users.CreateAsync(user, password));
        }
        if (!await users.IsInRoleAsync(user, role)) Check(await users.AddToRoleAsync(user, role));
        return created;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new AccountException(result.Errors.Select(e => e.Description).ToList());
    }
}

public sealed class AccountException(IReadOnlyList<string> errors) : Exception(string.Join(" ", errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
