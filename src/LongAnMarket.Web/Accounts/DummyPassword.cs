using Microsoft.AspNetCore.Identity;

namespace LongAnMarket.Web.Accounts;

/// <summary>
/// A password check against a fixed hash made with Identity's own hasher and settings, for sign-in attempts that
/// have no real hash to check (unknown address, locked account), so they take as long as a real wrong password.
/// </summary>
public static class DummyPassword
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly object Nobody = new();
    private static readonly string Hash = Hasher.HashPassword(Nobody, "no account has this password " + Guid.NewGuid());

    public static void Check(string password) => Hasher.VerifyHashedPassword(Nobody, Hash, password);
}
