using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>A producer moves its own part of an order: processing, shipped (with the lots it was filled from), delivered.</summary>
public sealed class OrderFulfilment(MarketDbContext db, IOrderNotifier notifier, TimeProvider clock)
{
    public Task StartProcessingAsync(int producerId, int subOrderId, string actor, CancellationToken ct) =>
        ChangeAsync(producerId, subOrderId, (_, part, now) => { part.StartProcessing(actor, now); return Task.CompletedTask; }, ct);

    public Task DeliverAsync(int producerId, int subOrderId, string actor, CancellationToken ct) =>
        ChangeAsync(producerId, subOrderId, (order, part, now) =>
        {
            part.Deliver(actor, now);
            order.CompleteIfSettled("system", now);
            return Task.CompletedTask;
        }, ct);

    /// <summary>The producer records the invoice it issued for its part, as the buyer asked.</summary>
    public Task RecordInvoiceAsync(int producerId, int subOrderId, string series, string number, string lookupCode, CancellationToken ct) =>
        ChangeAsync(producerId, subOrderId, (_, part, now) => { part.RecordInvoice(new IssuedInvoice(series, number, lookupCode, now)); return Task.CompletedTask; }, ct);

    /// <summary>Hands the part to a carrier; each line records its lots, oldest unrecalled first.</summary>
    public async Task ShipAsync(int producerId, int subOrderId, string carrier, string trackingNumber, string actor, CancellationToken ct)
    {
        Order? shipped = null;
        await ChangeAsync(producerId, subOrderId, async (order, part, now) =>
        {
            var lots = await LotsByLineAsync(part, ct);
            part.Ship(carrier, trackingNumber, actor, now, lots);
            shipped = order;
        }, ct);
        await notifier.ShippedAsync(shipped!, shipped!.SubOrders.First(s => s.Id == subOrderId), ct);
    }

    /// <summary>The lots each line would be filled from if shipped now (shown before shipping).</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<OrderLineLot>>> LotsByLineAsync(SubOrder part, CancellationToken ct)
    {
        var variantIds = part.Lines.Select(l => l.VariantId).Distinct().ToList();
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProducerId == part.ProducerId && variantIds.Contains(l.VariantId))
            .Select(l => new { l.Id, l.Code, l.VariantId, l.ProducedOn, Recalled = l.RecalledAtUtc != null, l.Quantity, l.Unit })
            .ToListAsync(ct);
        var used = await db.OrderLineLots.AsNoTracking().Where(u => lots.Select(l => l.Id).Contains(u.LotId))
            .GroupBy(u => u.LotId).Select(g => new { LotId = g.Key, Used = g.Sum(u => u.Quantity) }).ToDictionaryAsync(g => g.LotId, g => g.Used, ct);
        var picks = new Dictionary<int, IReadOnlyList<OrderLineLot>>();
        foreach (var line in part.Lines.Where(l => l.Lots.Count == 0))
        {
            var onHand = lots.Where(l => l.VariantId == line.VariantId).Select(l => new LotOnHand(l.Id, l.Code, l.ProducedOn, l.Recalled,
                l.Unit == LotUnit.Piece ? (int)Math.Max(0, Math.Floor(l.Quantity) - used.GetValueOrDefault(l.Id)) : null));
            var picked = LotPicker.Pick(line.Quantity, onHand);
            if (picked.Count > 0) picks[line.Id] = picked;
            foreach (var pick in picked) used[pick.LotId] = used.GetValueOrDefault(pick.LotId) + pick.Quantity;
        }
        return picks;
    }

    private async Task ChangeAsync(int producerId, int subOrderId, Func<Order, SubOrder, DateTimeOffset, Task> change, CancellationToken ct)
    {
        var orderId = await db.SubOrders.Where(s => s.Id == subOrderId && s.ProducerId == producerId).Select(s => (int?)s.OrderId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Không tìm thấy phần đơn này.");
        var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
        await change(order, order.SubOrders.First(s => s.Id == subOrderId), clock.GetUtcNow());
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException) { throw new DomainException("Đơn hàng vừa được người khác cập nhật; hãy tải lại trang và thử lại."); }
    }
}
