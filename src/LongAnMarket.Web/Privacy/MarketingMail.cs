using LongAnMarket.Core.Messaging;
using LongAnMarket.Infrastructure.Privacy;
using LongAnMarket.Web.Hosting;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Privacy;

/// <summary>
/// A newsletter from the trade office, sent only to people whose marketing consent is in force at the moment of
/// sending; each copy says why it came and where to stop it.
/// </summary>
public sealed class MarketingMail(Consents consents, IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site, ILogger<MarketingMail> log)
{
    /// <summary>Sends to the whole audience; returns how many copies went out (a failing address is logged and skipped).</summary>
    public async Task<int> SendAsync(string subject, string body, CancellationToken ct)
    {
        var sent = 0;
        foreach (var (email, name) in await consents.MarketingAudienceAsync(ct))
        {
            try
            {
                await sender.SendAsync(new EmailMessage(email, subject,
                    $"""
                    Chào {name},

                    {body}

                    --
                    Bạn nhận thư này vì đã đồng ý nhận thư giới thiệu của {site.Value.Name}.
                    Ngừng nhận bất cứ lúc nào tại: {urls.Absolute("/account/privacy")}
                    """), ct);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "A newsletter copy could not be sent.");
            }
        }
        return sent;
    }
}
