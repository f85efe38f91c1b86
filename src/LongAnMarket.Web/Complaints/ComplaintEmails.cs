using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Messaging;
using LongAnMarket.Infrastructure.Complaints;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Web.Complaints;

/// <summary>
/// An email to the buyer and one to the producer at each step of a case, each with its own way in: the buyer's private
/// order link, the producer's seller area. Names and words the buyer typed go into plain text only.
/// </summary>
public sealed class ComplaintEmails(MarketDbContext db, IEmailSender sender, SiteUrls urls, IOptions<SiteOptions> site, ILogger<ComplaintEmails> log)
    : IComplaintNotifier
{
    public async Task StepAsync(int complaintId, CancellationToken ct)
    {
        try
        {
            var complaint = await db.Complaints.AsNoTracking().Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == complaintId, ct);
            if (complaint is null) return;
            var order = await db.Orders.AsNoTracking().Where(o => o.Id == complaint.OrderId).Select(o => new { o.Code, o.AccessKey, o.Buyer.Email }).FirstAsync(ct);
            var producer = await db.Producers.AsNoTracking().Where(p => p.Id == complaint.ProducerId).Select(p => new { p.Name, p.Email }).FirstAsync(ct);
            var step = complaint.Steps.OrderBy(s => s.Id).Last();
            var what = ComplaintNames.Of(step.Kind) + (step.Note is { Length: > 0 } note ? $": {note}" : "");
            var state = ComplaintNames.Of(complaint.Status);
            var subject = $"Khiếu nại #{complaint.Id}, đơn {order.Code}: {ComplaintNames.Of(step.Kind)}";
            if (order.Email.Length > 0)
                await sender.SendAsync(new EmailMessage(order.Email, subject,
                    $"""
                    {what}

                    Trạng thái: {state}.
                    Xem và trả lời: {urls.Absolute($"/orders/{order.Code}/complaints/{complaint.Id}?key={order.AccessKey}")}

                    {site.Value.Name}
                    """), ct);
            if (producer.Email.Length > 0)
                await sender.SendAsync(new EmailMessage(producer.Email, subject,
                    $"""
                    {producer.Name} có khiếu nại #{complaint.Id} về đơn {order.Code}.

                    {what}

                    Trạng thái: {state}.
                    Xem và trả lời: {urls.Absolute($"/seller/complaints/{complaint.Id}")}
                    """), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "A complaint email could not be sent; the step stands.");
        }
    }
}
