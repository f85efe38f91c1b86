using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace LongAnMarket.Infrastructure.Identity;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, one step of clock drift either way), each
/// accepted once: the step of the last accepted code is kept with the account, and a code of that step or an earlier
/// one is refused, so a code seen over someone's shoulder or replayed from a log is worthless (RFC 6238 §5.2).
/// </summary>
public sealed class ReplayProofAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<MarketUser>
{
    public const string Name = "LongAnAuthenticator";
    private const string Store = "LongAnMarket";
    private const string LastStepToken = "LastAuthenticatorStep";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<MarketUser> manager, MarketUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public Task<string> GenerateAsync(string purpose, UserManager<MarketUser> manager, MarketUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<MarketUser> manager, MarketUser user)
    {
        if (token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || Base32.Decode(key) is not { Length: > 0 } secret) return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        long? matched = null;
        for (var step = now - 1; step <= now + 1; step++)
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(secret, step)), System.Text.Encoding.ASCII.GetBytes(token)))
                matched = step;
        if (matched is null) return false;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, Store, LastStepToken), CultureInfo.InvariantCulture, out var used) ? used : long.MinValue;
        if (matched <= last) return false;
        // The user row's concurrency stamp makes two requests with one code race: only one update commits.
        var saved = await manager.SetAuthenticationTokenAsync(user, Store, LastStepToken, matched.Value.ToString(CultureInfo.InvariantCulture));
        return saved.Succeeded;
    }

    public static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var binary = (hash[offset] & 0x7F) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}

/// <summary>RFC 4648 base32, as authenticator keys are written.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[]? Decode(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.Replace(" ", "").TrimEnd('=').ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c);
            if (value < 0) return null;
            buffer = (buffer << 5 | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8) { bytes.Add((byte)(buffer >> (bits - 8))); bits -= 8; }
        }
        return [.. bytes];
    }

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var text = new System.Text.StringBuilder();
        int buffer = 0, bits = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8 | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5) { text.Append(Alphabet[buffer >> (bits - 5) & 31]); bits -= 5; }
        }
        if (bits > 0) text.Append(Alphabet[buffer << (5 - bits) & 31]);
        return text.ToString();
    }
}
