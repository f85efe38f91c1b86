using LongAnMarket.Core.Complaints;
using LongAnMarket.Core.Files;
using LongAnMarket.Web.Hosting;
using LongAnMarket.Web.Ordering;
using Microsoft.AspNetCore.Mvc;

namespace LongAnMarket.Web.Complaints;

/// <summary>What the producer's and the trade office's complaint pages share: the list, the case, its private photos.</summary>
public static class ComplaintPages
{
    /// <summary>The largest complaint form: five photos of up to 6 MB each (the pipeline refuses any over 5 MB with a message).</summary>
    public const long MaxUpload = 6 * 1024 * 1024 * Complaint.MaxPhotos;

    public static async Task<ComplaintListPage> ListAsync(IReadOnlyList<Complaint> cases, OrderModelFactory orders, ComplaintStatus? filter, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var codes = await orders.CodesAsync(cases.Select(c => c.OrderId).Distinct().ToList(), ct);
        var producers = await orders.ProducerNamesAsync(cases.Select(c => c.SubOrderId).Distinct().ToList(), ct);
        return new ComplaintListPage(cases.Select(c => new ComplaintRow(c.Id, codes.GetValueOrDefault(c.OrderId, ""), producers.GetValueOrDefault(c.SubOrderId, ""),
            c.Reason, c.Status, Core.Common.VietnamTime.FromUtc(c.OpenedAtUtc), Core.Common.VietnamTime.FromUtc(c.DueAtUtc),
            c.IsPastDue(now))).ToList(),
            filter, Core.Common.VietnamTime.Now(clock));
    }

    public static async Task<ComplaintView> ViewAsync(Complaint complaint, OrderModelFactory orders, TimeProvider clock, CancellationToken ct,
        bool forStaff = false)
    {
        var order = await orders.FindByIdAsync(complaint.OrderId, ct) ?? throw new InvalidOperationException($"Complaint {complaint.Id} has no order.");
        return ComplaintView.Of(complaint, order, clock.GetUtcNow(), forStaff);
    }

    /// <summary>A buyer's photo from the private store: never cached, sandboxed, only for those the caller let through.</summary>
    public static Task<IActionResult> PhotoAsync(ControllerBase controller, Complaint complaint, int photoId, IPrivateFileStore files, CancellationToken ct) =>
        PrivatePhotos.ServeAsync(controller, files, complaint.Photos.FirstOrDefault(p => p.Id == photoId)?.StorageKey, ct);
}
