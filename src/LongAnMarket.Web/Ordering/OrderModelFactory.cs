using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Payments;
using LongAnMarket.Infrastructure.Payments.PayOS;
using LongAnMarket.Web.Localization;
using Microsoft.EntityFrameworkCore;

using LongAnMarket.Web.Models;

namespace LongAnMarket.Web.Ordering;

/// <summary>Builds the order pages (shopper, producer, admin) from an order read without tracking.</summary>
public sealed class OrderModelFactory(MarketDbContext db, VietQrPanels vietQr, StripeGateway stripe, PayOsCheckout payOs, UiText text)
{
    public async Task<Order?> FindAsync(string code, CancellationToken ct) =>
        await db.Orders.AsNoTracking().WithParts().AsSplitQuery().FirstOrDefaultAsync(o => o.Code == code, ct);

    public async Task<Order?> FindByIdAsync(int id, CancellationToken ct) =>
        await db.Orders.AsNoTracking().WithParts().AsSplitQuery().FirstOrDefaultAsync(o => o.Id == id, ct);

    public Task<Dictionary<int, string>> CodesAsync(IReadOnlyList<int> orderIds, CancellationToken ct) =>
        db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Code, ct);

    public Task<Dictionary<int, string>> ProducerNamesAsync(IReadOnlyList<int> subOrderIds, CancellationToken ct) =>
        db.SubOrders.AsNoTracking().Where(s => subOrderIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ProducerName, ct);

    /// <param name="forStaff">The trade office sees who did each step; shoppers and producers see the role, never an
    /// administrator's or another party's email.</param>
    public async Task<OrderPageModel> PageAsync(Order order, string? notice, string? error, CancellationToken ct, bool forStaff = false)
    {
        var lotIds = order.SubOrders.SelectMany(s => s.Lines).SelectMany(l => l.Lots).Select(l => l.LotId).Distinct().ToList();
        var recalled = lotIds.Count == 0 ? [] : await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id) && l.RecalledAtUtc != null)
            .Select(l => new { l.Id, l.Code, l.RecallReason }).ToListAsync(ct);
        var recalledIds = recalled.Select(r => r.Id).ToHashSet();
        var parts = order.SubOrders.OrderBy(s => s.Id).Select(s => new OrderPartModel(s.Id, s.ProducerName, s.Status,
            s.Lines.OrderBy(l => l.Id).Select(l => new OrderLineModel(l.ProductName, l.PackSize, l.UnitPriceDong, l.Quantity, l.TotalDong,
                l.Lots.Select(x => (x.LotCode, x.Quantity, recalledIds.Contains(x.LotId))).ToList())).ToList(),
            s.GoodsDong, s.ShippingDong, s.Carrier, s.TrackingNumber, s.RefundReference,
            s.History.OrderBy(h => h.Id).Select(h => Entry(h.At, OrderStatusLabels.Of(h.To, text),
                forStaff ? h.Actor : PartActor(h.To, s.ProducerName, h.Actor), h.Note)).ToList())
            {
                Returns = new ReturnTermsModel(s.ReturnTerms, s.Lines.Any(l => l.Perishable), s.Lines.Any(l => !l.Perishable)),
                InvoiceKind = s.InvoiceKind,
                Invoice = s.Invoice,
            }).ToList();
        var pending = order.Status == OrderStatus.PendingPayment;
        var awaitingTransfer = pending && order.PaymentMethod == PaymentMethod.VietQr;
        return new OrderPageModel(order.Id, order.Code, order.AccessKey, order.Status, order.PaymentMethod, order.PlacedAt, order.PayBy, order.Buyer,
            order.TotalDong, order.PaymentReference, order.PaidAmountDong, parts, Timeline(order, forStaff),
            awaitingTransfer && vietQr.ShowsOwnCode ? vietQr.For(order.Code, order.TotalDong) : null,
            pending && stripe.IsConfigured,
            recalled.Select(r => text.Format("Lô {0} trong đơn này đã bị thu hồi: {1}", r.Code, r.RecallReason ?? "")).ToList(), notice, error)
        {
            BuyerConfirmedAdult = order.BuyerConfirmedAdult,
            PayOsAvailable = awaitingTransfer && payOs.IsConfigured,
            InvoiceRequest = order.InvoiceRequest,
            Complaints = await db.Complaints.AsNoTracking().Where(c => c.OrderId == order.Id).OrderBy(c => c.Id)
                .Select(c => new OrderComplaintModel(c.Id, c.Status)).ToListAsync(ct),
            Reviewable = await ReviewableAsync(order, ct),
        };
    }

    private async Task<IReadOnlyList<Reviews.ReviewableLine>> ReviewableAsync(Order order, CancellationToken ct)
    {
        var delivered = order.SubOrders.Where(s => s.Status == SubOrderStatus.Delivered).OrderBy(s => s.Id).SelectMany(s => s.Lines.OrderBy(l => l.Id)).ToList();
        if (delivered.Count == 0) return [];
        var stars = await db.Reviews.AsNoTracking().Where(r => r.OrderId == order.Id).ToDictionaryAsync(r => r.OrderLineId, r => r.Stars, ct);
        return delivered.Select(l => new Reviews.ReviewableLine(l.Id, l.ProductName, l.PackSize, stars.TryGetValue(l.Id, out var given) ? given : null)).ToList();
    }

    public async Task<OrderHistoryModel> HistoryAsync(string userId, CancellationToken ct) =>
        new(await Summaries(db.Orders.Where(o => o.UserId == userId)).Take(200).ToListAsync(ct));

    public IQueryable<OrderSummaryModel> Summaries(IQueryable<Order> orders) =>
        orders.AsNoTracking().OrderByDescending(o => o.PlacedAtUtc).ThenByDescending(o => o.Id)
            .Select(o => new OrderSummaryModel(o.Code, o.AccessKey, VietnamTime.FromUtc(o.PlacedAtUtc), o.Status, o.TotalDong, o.Buyer.Name,
                o.SubOrders.Count, o.PaymentMethod));

    private List<TimelineEntry> Timeline(Order order, bool forStaff)
    {
        var entries = new List<TimelineEntry> { Entry(order.PlacedAt, text["Đơn được đặt"], order.Buyer.Name, null) };
        entries.AddRange(order.History.OrderBy(h => h.Id).Select(h => Entry(h.At, OrderStatusLabels.Of(h.To, text),
            forStaff ? h.Actor : PublicActor(h.Actor), h.Note)));
        return entries;
    }

    /// <summary>A producer's own moves carry its name; the rest are the marketplace's.</summary>
    private string PartActor(SubOrderStatus to, string producerName, string actor) =>
        to is SubOrderStatus.Processing or SubOrderStatus.Shipped or SubOrderStatus.Delivered ? producerName : PublicActor(actor);

    /// <summary>Accounts are named by role; the system, the bank and Stripe by themselves.</summary>
    private string PublicActor(string actor) =>
        actor == "system" ? text["hệ thống"] : actor.Contains('@') ? text["Ban quản lý sàn"] : actor;

    private static TimelineEntry Entry(DateTimeOffset at, string label, string actor, string? note) =>
        new(at.ToOffset(VietnamTime.Offset), label, actor, note);
}
