using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Core.Producers;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// Books each producer's account with the marketplace: what it is owed for paid parts, less commission, the taxes
/// withheld for household sellers, refunds and payouts. Entries are added to the caller's unit of work, so they commit
/// with the change they record.
/// </summary>
public sealed class Ledger(MarketDbContext db, IOptions<PaymentOptions> options, IOptions<WithholdingOptions> withholding)
{
    private static readonly (LedgerEntryKind Withheld, LedgerEntryKind Reversal)[] Taxes =
        [(LedgerEntryKind.VatWithheld, LedgerEntryKind.VatWithheldReversal), (LedgerEntryKind.PitWithheld, LedgerEntryKind.PitWithheldReversal)];

    /// <summary>
    /// Each part's sale and commission; for a household seller also VAT and personal income tax on its goods, rounded
    /// half up per part (shipping passes through untaxed here).
    /// </summary>
    public async Task BookSalesAsync(Order order, string actor, DateTimeOffset at, CancellationToken ct)
    {
        var producerIds = order.SubOrders.Select(s => s.ProducerId).Distinct().ToList();
        var households = await db.Producers.Where(p => producerIds.Contains(p.Id) && p.LegalForm == LegalForm.HouseholdBusiness).Select(p => p.Id).ToListAsync(ct);
        foreach (var part in order.SubOrders)
        {
            db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Sale, part.TotalDong, part.Id, order.Code, actor, at));
            var commission = LedgerEntry.CommissionOn(part.GoodsDong, options.Value.CommissionPercent);
            db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Commission, -commission, part.Id, order.Code, actor, at));
            if (!households.Contains(part.ProducerId)) continue;
            foreach (var (kind, percent) in new[] { (LedgerEntryKind.VatWithheld, withholding.Value.VatPercent), (LedgerEntryKind.PitWithheld, withholding.Value.PitPercent) })
                db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, kind, -LedgerEntry.CommissionOn(part.GoodsDong, percent), part.Id, order.Code, actor, at, part.GoodsDong));
        }
    }

    /// <summary>
    /// A part's money went back: <paramref name="amountDong"/> (its total, less what complaints already refunded) leaves
    /// the producer's balance, and the commission not yet returned comes back.
    /// </summary>
    public async Task BookRefundAsync(SubOrder part, long amountDong, string reference, string actor, DateTimeOffset at, CancellationToken ct)
    {
        db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Refund, -amountDong, part.Id, reference, actor, at));
        var commission = await CommissionHeldAsync(part.Id, ct);
        if (commission != 0)
            db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.CommissionReversal, commission, part.Id, reference, actor, at));
        await ReverseWithholdingAsync(part, null, reference, actor, at, ct);
    }

    /// <summary>A complaint's refund on some of a part's goods: it leaves the balance, and the commission on those goods comes back.</summary>
    public async Task BookComplaintRefundAsync(SubOrder part, long amountDong, string reference, string actor, DateTimeOffset at, CancellationToken ct)
    {
        db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Refund, -amountDong, part.Id, reference, actor, at));
        var back = Math.Min(await CommissionHeldAsync(part.Id, ct), LedgerEntry.CommissionOn(amountDong, options.Value.CommissionPercent));
        if (back > 0) db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.CommissionReversal, back, part.Id, reference, actor, at));
        await ReverseWithholdingAsync(part, amountDong, reference, actor, at, ct);
    }

    /// <summary>
    /// Gives back the taxes withheld on refunded goods: each tax pro rata to the goods refunded (<paramref name="goodsRefunded"/>),
    /// and all that is left when the refund reaches the rest of the part's goods (or is the whole part, null), so a part
    /// refunded in full nets to zero.
    /// </summary>
    private async Task ReverseWithholdingAsync(SubOrder part, long? goodsRefunded, string reference, string actor, DateTimeOffset at, CancellationToken ct)
    {
        var booked = await db.LedgerEntries.Where(e => e.SubOrderId == part.Id && e.TaxBaseDong != null)
            .Select(e => new { e.Kind, e.AmountDong, Base = e.TaxBaseDong!.Value }).ToListAsync(ct);
        foreach (var (withheldKind, reversalKind) in Taxes)
        {
            var withheld = booked.Where(e => e.Kind == withheldKind).ToList();
            if (withheld.Count == 0) continue;
            var reversals = booked.Where(e => e.Kind == reversalKind).ToList();
            var held = -withheld.Sum(e => e.AmountDong) - reversals.Sum(e => e.AmountDong);
            var baseLeft = withheld.Sum(e => e.Base) - reversals.Sum(e => e.Base);
            var (amount, refundedBase) = goodsRefunded is not { } goods || goods >= baseLeft
                ? (held, baseLeft)
                : (Math.Min(held, LedgerEntry.ProRata(-withheld.Sum(e => e.AmountDong), goods, withheld.Sum(e => e.Base))), goods);
            if (amount > 0 || refundedBase > 0)
                db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, reversalKind, amount, part.Id, reference, actor, at, refundedBase));
        }
    }

    /// <summary>The commission the marketplace still keeps on a part: taken, less what was given back.</summary>
    private async Task<long> CommissionHeldAsync(int subOrderId, CancellationToken ct) =>
        -(await db.LedgerEntries.Where(e => e.SubOrderId == subOrderId && (e.Kind == LedgerEntryKind.Commission || e.Kind == LedgerEntryKind.CommissionReversal))
            .SumAsync(e => (long?)e.AmountDong, ct) ?? 0);

    public void BookPayout(int producerId, long amountDong, string bankReference, string actor, DateTimeOffset at) =>
        db.LedgerEntries.Add(new LedgerEntry(producerId, LedgerEntryKind.Payout, -amountDong, null, bankReference, actor, at));

    public async Task<long> BalanceAsync(int producerId, CancellationToken ct) =>
        await db.LedgerEntries.Where(e => e.ProducerId == producerId).SumAsync(e => (long?)e.AmountDong, ct) ?? 0;
}
