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

    /// <summary>A part's money went back to the shopper: its total leaves the producer's balance and its commission returns.</summary>
    public async Task BookRefundAsync(SubOrder part, string reference, string actor, DateTimeOffset at, CancellationToken ct)
    {
        db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.Refund, -part.TotalDong, part.Id, reference, actor, at));
        var commission = await db.LedgerEntries.Where(e => e.SubOrderId == part.Id && e.Kind == LedgerEntryKind.Commission)
            .SumAsync(e => (long?)e.AmountDong, ct) ?? 0;
        if (commission != 0)
            db.LedgerEntries.Add(new LedgerEntry(part.ProducerId, LedgerEntryKind.CommissionReversal, -commission, part.Id, reference, actor, at));
    }

    public void BookPayout(int producerId, long amountDong, string bankReference, string actor, DateTimeOffset at) =>
        db.LedgerEntries.Add(new LedgerEntry(producerId, LedgerEntryKind.Payout, -amountDong, null, bankReference, actor, at));

    public async Task<long> BalanceAsync(int producerId, CancellationToken ct) =>
        await db.LedgerEntries.Where(e => e.ProducerId == producerId).SumAsync(e => (long?)e.AmountDong, ct) ?? 0;
}
