using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace LongAnMarket.Infrastructure.Identity;

/// <summary>
/// An administrator without an authenticator sets one up only through a single-use link mailed to the account's
/// address (valid 24 hours), never from a session that signed in with the password alone: knowing an admin's
/// password must not be enough to own its second factor.
/// </summary>
public sealed class AdminEnrolments(UserManager<MarketUser> users, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);
    /// <summary>A new link is not mailed more often than this, however often the admin area is opened.</summary>
    public static readonly TimeSpan ResendAfter = TimeSpan.FromMinutes(10);
    private const string Store = "LongAnMarket";
    private const string TokenName = "AdminEnrolment";

    /// <summary>A new link's secret, or null when one was issued a moment ago (it is still in the mailbox).</summary>
    public async Task<string?> IssueAsync(MarketUser user)
    {
        if (await CurrentAsync(user) is { } current && clock.GetUtcNow() - current.IssuedAt < ResendAfter) return null;
        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var stored = $"{Hash(secret)}|{clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        var saved = await users.SetAuthenticationTokenAsync(user, Store, TokenName, stored);
        return saved.Succeeded ? secret : null;
    }

    public async Task<bool> IsValidAsync(MarketUser user, string? secret)
    {
        if (string.IsNullOrEmpty(secret) || await CurrentAsync(user) is not { } current) return false;
        if (clock.GetUtcNow() - current.IssuedAt > Lifetime) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(current.Hash), Encoding.ASCII.GetBytes(Hash(secret)));
    }

    /// <summary>Spends the link: it opens nothing again.</summary>
    public Task ConsumeAsync(MarketUser user) => users.RemoveAuthenticationTokenAsync(user, Store, TokenName);

    private async Task<(string Hash, DateTimeOffset IssuedAt)?> CurrentAsync(MarketUser user)
    {
        var stored = await users.GetAuthenticationTokenAsync(user, Store, TokenName);
        var parts = stored?.Split('|');
        if (parts is not { Length: 2 } || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)) return null;
        return (parts[0], DateTimeOffset.FromUnixTimeSeconds(issued));
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
