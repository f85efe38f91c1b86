using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>
/// Books each producer's account with the marketplace: what it is owed for paid parts, less commission, refunds and
/// payouts. Entries are added to the caller's unit of work, so they commit with the change they record.
/// </summary>
public sealed class Ledger(MarketDbContext db, IOptions<PaymentOptions> options)
{
    public void BookSales(Order order, string actor, DateTimeOffset at)
    {
        foreach (var part in order.SubOrders)
        {
            db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Sale, part.TotalDong, part.Id, order.Code, actor, at));
            var commission = LedgerEntry.CommissionOn(part.GoodsDong, options.Value.CommissionPercent);
            db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Commission, -commission, part.Id, order.Code, actor, at));
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
    }

    /// <summary>A complaint's refund on some of a part's goods: it leaves the balance, and the commission on those goods comes back.</summary>
    public async Task BookComplaintRefundAsync(SubOrder part, long amountDong, string reference, string actor, DateTimeOffset at, CancellationToken ct)
    {
        db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Refund, -amountDong, part.Id, reference, actor, at));
        var back = Math.Min(await CommissionHeldAsync(part.Id, ct), LedgerEntry.CommissionOn(amountDong, options.Value.CommissionPercent));
        if (back > 0) db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.CommissionReversal, back, part.Id, reference, actor, at));
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
