using LongAnMarket.Core.Conversations;
using LongAnMarket.Core.Messaging;
using LongAnMarket.Infrastructure.Conversations;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Conversations;

/// <summary>
/// "You have a new message" with a link to the thread, to the side that did not write it (both, when the trade office
/// writes). The words stay on the site, where the other party's contact details are hidden.
/// </summary>
public sealed class ConversationEmails(MarketDbContext db, IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site, ILogger<ConversationEmails> log)
    : IConversationNotifier
{
    public async Task NewMessageAsync(int subOrderId, Party from, CancellationToken ct)
    {
        try
        {
            var part = await db.SubOrders.AsNoTracking().Where(s => s.Id == subOrderId)
                .Select(s => new { s.Id, s.ProducerName, s.Order!.Code, s.Order.AccessKey, BuyerEmail = s.Order.Buyer.Email,
                    ProducerEmail = db.Producers.Where(p => p.Id == s.ProducerId).Select(p => p.Email).First() })
                .FirstOrDefaultAsync(ct);
            if (part is null) return;
            var subject = $"Tin nhắn mới về đơn {part.Code} ({part.ProducerName})";
            if (from != Party.Buyer && part.BuyerEmail.Length > 0)
                await sender.SendAsync(new EmailMessage(part.BuyerEmail, subject,
                    $"""
                    Bạn có tin nhắn mới từ {PartyNames.Of(from, part.ProducerName)} về đơn {part.Code}.

                    Đọc và trả lời: {urls.Absolute($"/orders/{part.Code}/parts/{part.Id}/messages?key={part.AccessKey}")}

                    {site.Value.Name}
                    """), ct);
            if (from != Party.Producer && part.ProducerEmail.Length > 0)
                await sender.SendAsync(new EmailMessage(part.ProducerEmail, subject,
                    $"""
                    {part.ProducerName} có tin nhắn mới từ {PartyNames.Of(from, part.ProducerName)} về đơn {part.Code}.

                    Đọc và trả lời: {urls.Absolute($"/seller/messages/{part.Id}")}
                    """), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "A new-message email could not be sent; the message stands.");
        }
    }
}
