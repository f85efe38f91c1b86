using LongAnMarket.Web.Hosting;
using LongAnMarket.Core.Conversations;
using LongAnMarket.Core.Files;
using LongAnMarket.Infrastructure.Conversations;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Forms;
using LongAnMarket.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Conversations;

/// <summary>What the buyer's, the producer's and the trade office's thread pages share: the thread, a new message, a photo.</summary>
public sealed class ConversationPages(ConversationBook book, MarketDbContext db, IPrivateFileStore files, UiText text)
{
    public async Task<ThreadPage> PageAsync(int subOrderId, Party viewer, string title, string backLink, string action, string photoBase, CancellationToken ct) =>
        ThreadPage.Of(await book.FindAsync(subOrderId, ct), viewer, title, backLink, action, photoBase);

    /// <summary>Sends the message; a refusal comes back as the page's error, with what was typed kept.</summary>
    public async Task<string?> SendAsync(int orderId, int subOrderId, Party from, string author, string? message, List<IFormFile>? photos, CancellationToken ct)
    {
        try
        {
            await book.WriteAsync(orderId, subOrderId, from, author, message, await FormPhotos.ReadAsync(photos, Conversation.MaxPhotos, ct), ct);
            return null;
        }
        catch (Core.Common.DomainException ex) { return text.Of(ex); }
    }

    /// <summary>A message's photo from the private store: never cached, sandboxed, only for those the caller let through.</summary>
    public async Task<IActionResult> PhotoAsync(ControllerBase controller, int subOrderId, int photoId, CancellationToken ct)
    {
        var key = await db.Conversations.AsNoTracking().Where(c => c.SubOrderId == subOrderId).SelectMany(c => c.Messages).SelectMany(m => m.Photos)
            .Where(p => p.Id == photoId).Select(p => p.StorageKey).FirstOrDefaultAsync(ct);
        return await PrivatePhotos.ServeAsync(controller, files, key, ct);
    }

    public async Task<ThreadListPage> ListAsync(int? producerId, string basePath, CancellationToken ct)
    {
        var threads = db.Conversations.AsNoTracking().Where(c => producerId == null || c.ProducerId == producerId);
        var rows = await threads.OrderByDescending(c => c.LastMessageAtUtc).Take(200)
            .Select(c => new
            {
                c.SubOrderId, Code = db.Orders.Where(o => o.Id == c.OrderId).Select(o => o.Code).First(),
                Producer = db.SubOrders.Where(s => s.Id == c.SubOrderId).Select(s => s.ProducerName).First(),
                Count = c.Messages.Count(), Last = c.Messages.OrderByDescending(m => m.Id).Select(m => m.From).First(), c.LastMessageAtUtc,
            }).ToListAsync(ct);
        return new ThreadListPage(rows.Select(r => new ThreadRow(r.SubOrderId, r.Code, r.Producer, r.Count, r.Last,
            Core.Common.VietnamTime.FromUtc(r.LastMessageAtUtc!.Value))).ToList(), basePath);
    }
}
