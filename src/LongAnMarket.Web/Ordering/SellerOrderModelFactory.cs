using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Web.Ordering;

/// <summary>A producer's own order parts and its account statement.</summary>
public sealed class SellerOrderModelFactory(MarketDbContext db, OrderModelFactory orders, OrderFulfilment fulfilment)
{
    public async Task<SellerOrdersModel> ListAsync(int producerId, SubOrderStatus? filter, string? notice, CancellationToken ct)
    {
        var query = db.SubOrders.AsNoTracking().Where(s => s.ProducerId == producerId);
        if (filter is { } status) query = query.Where(s => s.Status == status);
        var rows = await query.OrderByDescending(s => s.Id).Take(200)
            .Select(s => new { s.Id, s.Order!.Code, s.Order.PlacedAtUtc, s.Status, s.GoodsDong, s.ShippingDong, Items = s.Lines.Sum(l => l.Quantity) })
            .ToListAsync(ct);
        return new SellerOrdersModel(rows.Select(r => new SellerOrderRow(r.Id, r.Code, VietnamTime.FromUtc(r.PlacedAtUtc), r.Status,
            r.GoodsDong + r.ShippingDong, r.Items)).ToList(), filter, notice);
    }

    public async Task<SellerOrderModel?> DetailAsync(int producerId, int subOrderId, string? notice, string? error, CancellationToken ct)
    {
        var code = await db.SubOrders.AsNoTracking().Where(s => s.Id == subOrderId && s.ProducerId == producerId)
            .Select(s => s.Order!.Code).FirstOrDefaultAsync(ct);
        if (code is null || await orders.FindAsync(code, ct) is not { } order) return null;
        var page = await orders.PageAsync(order, null, null, ct);
        var part = order.SubOrders.First(s => s.Id == subOrderId);
        var proposed = part.Status == SubOrderStatus.Processing ? await fulfilment.LotsByLineAsync(part, ct) : new Dictionary<int, IReadOnlyList<OrderLineLot>>();
        var lots = part.Lines.Where(l => proposed.ContainsKey(l.Id))
            .SelectMany(l => proposed[l.Id].Select(p => (l.ProductName, p.LotCode, p.Quantity))).ToList();
        // The buyer's address is the producer's to see once the money is in, not before.
        return new SellerOrderModel(part.Id, order.Code, order.PlacedAt, page.Parts.First(p => p.Id == subOrderId),
            part.WasPaid ? order.Buyer : null, lots, notice, error)
        {
            BuyerConfirmedAdult = order.BuyerConfirmedAdult,
            InvoiceRequest = part.WasPaid ? order.InvoiceRequest : null,
        };
    }

    public async Task<StatementModel?> StatementAsync(int producerId, string? notice, string? error, CancellationToken ct)
    {
        var name = await db.Producers.AsNoTracking().Where(p => p.Id == producerId).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (name is null) return null;
        // Newest first by when each was booked (entries booked for a back-dated event, as the demo's, follow their date).
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.ProducerId == producerId)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(500).ToListAsync(ct);
        var totals = await db.LedgerEntries.AsNoTracking().Where(e => e.ProducerId == producerId).GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Sum = g.Sum(e => e.AmountDong) }).ToDictionaryAsync(g => g.Kind, g => g.Sum, ct);
        long Of(params LedgerEntryKind[] kinds) => kinds.Sum(k => totals.GetValueOrDefault(k));
        return new StatementModel(producerId, name, totals.Values.Sum(), Of(LedgerEntryKind.Sale),
            Of(LedgerEntryKind.Commission, LedgerEntryKind.CommissionReversal), Of(LedgerEntryKind.Refund), Of(LedgerEntryKind.Payout),
            entries.Select(e => new LedgerRow(VietnamTime.FromUtc(e.AtUtc), e.Kind, e.AmountDong, e.Reference, e.Actor)).ToList(), notice, error)
        {
            VatWithheldDong = Of(LedgerEntryKind.VatWithheld, LedgerEntryKind.VatWithheldReversal),
            PitWithheldDong = Of(LedgerEntryKind.PitWithheld, LedgerEntryKind.PitWithheldReversal),
        };
    }

    public static string KindLabel(LedgerEntryKind kind, UiText text) => kind switch
    {
        LedgerEntryKind.Sale => text["Bán hàng"],
        LedgerEntryKind.Commission => text["Phí sàn"],
        LedgerEntryKind.CommissionReversal => text["Hoàn phí sàn"],
        LedgerEntryKind.Refund => text["Hoàn tiền cho khách"],
        LedgerEntryKind.Payout => text["Sàn chuyển tiền cho bạn"],
        LedgerEntryKind.VatWithheld => text["Thuế GTGT sàn khấu trừ, nộp thay"],
        LedgerEntryKind.PitWithheld => text["Thuế TNCN sàn khấu trừ, nộp thay"],
        LedgerEntryKind.VatWithheldReversal => text["Hoàn thuế GTGT đã khấu trừ (hàng trả lại)"],
        LedgerEntryKind.PitWithheldReversal => text["Hoàn thuế TNCN đã khấu trừ (hàng trả lại)"],
        _ => kind.ToString(),
    };
}
