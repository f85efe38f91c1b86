using System.Security.Cryptography;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Traceability;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Traceability;

/// <summary>
/// The stickers this browser confirmed, in a protected cookie: the buyer who confirmed a sticker first keeps being told
/// so, instead of being warned about their own purchase the next time they open it.
/// </summary>
public sealed class StickerConfirmations(IDataProtectionProvider protection, IOptions<TraceabilityOptions> options)
{
    public const string CookieName = "la_stickers";
    private const int Kept = 50;
    private readonly IDataProtector _protector = protection.CreateProtector("LongAnMarket.StickerConfirmations");

    public SerialCheckModel Standing(HttpRequest request, DigitalLink link, SerialState sticker)
    {
        var standing = sticker.FirstConfirmedAtUtc is null ? StickerStanding.Unconfirmed
            : Of(request, sticker.Id) switch
            {
                SerialConfirmationOutcome.First => StickerStanding.ConfirmedByYou,
                SerialConfirmationOutcome.Later => StickerStanding.YouConfirmedAfterOthers,
                _ => StickerStanding.ConfirmedBefore,
            };
        return new SerialCheckModel(link.Serial!, link.Path, standing, sticker.FirstConfirmedAtUtc is { } first ? VietnamTime.FromUtc(first) : null,
            sticker.LaterConfirmations, sticker.LaterConfirmations >= options.Value.SuspiciousSerialChecks);
    }

    /// <summary>What this browser remembers doing to the sticker, if anything.</summary>
    public SerialConfirmationOutcome? Of(HttpRequest request, long serialId) =>
        Read(request).FirstOrDefault(c => c.SerialId == serialId).Outcome;

    public void Remember(HttpContext http, long serialId, SerialConfirmationOutcome outcome)
    {
        var kept = Read(http.Request).Where(c => c.SerialId != serialId).Prepend((SerialId: serialId, Outcome: (SerialConfirmationOutcome?)outcome)).Take(Kept);
        var value = string.Join(',', kept.Select(c => $"{c.SerialId}:{(c.Outcome == SerialConfirmationOutcome.First ? 'f' : 'l')}"));
        http.Response.Cookies.Append(CookieName, _protector.Protect(value), new CookieOptions
        {
            HttpOnly = true, IsEssential = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = TimeSpan.FromDays(400),
        });
    }

    private List<(long SerialId, SerialConfirmationOutcome? Outcome)> Read(HttpRequest request)
    {
        if (request.Cookies[CookieName] is not { Length: > 0 } cookie) return [];
        string value;
        try { value = _protector.Unprotect(cookie); }
        catch (CryptographicException) { return []; } // altered, or protected by a key this site no longer has
        return value.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(':'))
            .Where(parts => parts.Length == 2 && long.TryParse(parts[0], out _))
            .Select(parts => (long.Parse(parts[0]), (SerialConfirmationOutcome?)(parts[1] == "f" ? SerialConfirmationOutcome.First : SerialConfirmationOutcome.Later)))
            .ToList();
    }
}
