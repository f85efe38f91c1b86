using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Infrastructure.Ordering;

/// <summary>The trade office's hand on orders: cancel unpaid ones, confirm transfers seen in the bank, refund, pay producers out.</summary>
public sealed class OrderAdministration(MarketDbContext db, OrderPayments payments, StockReservations stock, Ledger ledger,
    StripeGateway stripe, TimeProvider clock)
{
    public const string ReceivedByAdmin = "admin";

    public async Task<PaymentOutcome> MarkTransferReceivedAsync(int orderId, string bankReference, long amountDong, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(bankReference)) throw new DomainException("Hãy ghi mã giao dịch ngân hàng.");
        if (amountDong <= 0) throw new DomainException("Số tiền nhận được phải lớn hơn 0.");
        var method = await db.Orders.Where(o => o.Id == orderId).Select(o => (PaymentMethod?)o.PaymentMethod).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Không tìm thấy đơn hàng.");
        if (method != PaymentMethod.VietQr) throw new DomainException("Đơn này thanh toán bằng thẻ; Stripe xác nhận thanh toán.");
        return await payments.ConfirmAsync(orderId, $"CK {bankReference.Trim()}", amountDong, actor, PaymentMethod.VietQr, ct);
    }

    public async Task CancelAsync(int orderId, string reason, string actor, CancellationToken ct)
    {
        bool flipped;
        try
        {
            flipped = await db.InTransactionAsync(async () =>
            {
                var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
                order.Cancel(actor, clock.GetUtcNow(), reason);
                var items = OrderQueries.StockOf(order).ToList();
                await stock.ReleaseAsync(items, ct);
                await db.SaveChangesAsync(ct);
                return await stock.RefreshListingsAsync(items.Select(i => i.ProductId).Distinct().ToList(), ct);
            }, ct);
        }
        catch (DbUpdateConcurrencyException) { throw new DomainException("Đơn hàng vừa thay đổi (có thể vừa được thanh toán); hãy tải lại trang."); }
        stock.Announce(flipped);
    }

    /// <summary>
    /// Gives a part's money back: a card payment through Stripe's Refund API, a transfer by recording the outgoing
    /// transfer's bank reference. The part, the order and the ledger change together.
    /// </summary>
    public async Task RefundPartAsync(int subOrderId, string? bankReference, string actor, CancellationToken ct)
    {
        var orderId = await db.SubOrders.Where(s => s.Id == subOrderId).Select(s => (int?)s.OrderId).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("Không tìm thấy phần đơn.");
        var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
        var part = order.SubOrders.First(s => s.Id == subOrderId);
        if (!part.WasPaid) throw new DomainException("Phần đơn này chưa được thanh toán nên không có gì để hoàn.");
        if (part.Status == SubOrderStatus.Refunded) throw new DomainException("Phần đơn này đã được hoàn tiền.");
        var amount = part.TotalDong - await ComplaintRefundsAsync(part.Id, ct);
        if (amount <= 0) throw new DomainException("Phần đơn này đã được hoàn hết qua khiếu nại.");
        string reference;
        if (order.PaymentMethod == PaymentMethod.Stripe)
            reference = await stripe.RefundAsync(order.PaymentReference!, amount, $"refund-{part.Id}", ct);
        else
            reference = string.IsNullOrWhiteSpace(bankReference) ? throw new DomainException("Hãy ghi mã giao dịch chuyển tiền hoàn lại.") : $"CK {bankReference.Trim()}";
        var now = clock.GetUtcNow();
        part.Refund(actor, now, reference);
        await ledger.BookRefundAsync(part, amount, reference, actor, now, ct);
        order.CompleteIfSettled("system", now);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>What complaints already paid back on a part: a whole-part refund pays only the rest.</summary>
    public async Task<long> ComplaintRefundsAsync(int subOrderId, CancellationToken ct) =>
        await db.Complaints.Where(c => c.SubOrderId == subOrderId).SelectMany(c => c.Lines).SumAsync(l => (long?)l.RefundedDong, ct) ?? 0;

    /// <summary>Money that came for an expired or cancelled order went back: card through Stripe, transfer by its reference.</summary>
    public async Task RefundReviewedAsync(int orderId, string? bankReference, string actor, CancellationToken ct)
    {
        var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
        if (order.Status != OrderStatus.PaidNeedsReview) throw new DomainException("Đơn này không có khoản thanh toán chờ xem xét.");
        var reference = order.PaymentMethod == PaymentMethod.Stripe
            ? await stripe.RefundAsync(order.PaymentReference!, order.PaidAmountDong ?? order.TotalDong, $"refund-order-{order.Id}", ct)
            : string.IsNullOrWhiteSpace(bankReference) ? throw new DomainException("Hãy ghi mã giao dịch chuyển tiền hoàn lại.") : $"CK {bankReference.Trim()}";
        var released = await db.InTransactionAsync(async () =>
        {
            var current = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
            var wasHolding = current.HoldsStock;
            current.RefundReviewedPayment(actor, clock.GetUtcNow(), reference);
            if (!wasHolding)
            {
                await db.SaveChangesAsync(ct);
                return (bool?)null;
            }
            var items = OrderQueries.StockOf(current).ToList();
            await stock.ReleaseAsync(items, ct);
            await db.SaveChangesAsync(ct);
            return await stock.RefreshListingsAsync(items.Select(i => i.ProductId).Distinct().ToList(), ct);
        }, ct);
        if (released is { } flipped) stock.Announce(flipped);
    }

    public async Task RecordPayoutAsync(int producerId, long amountDong, string bankReference, string actor, CancellationToken ct)
    {
        if (amountDong <= 0) throw new DomainException("Số tiền chi trả phải lớn hơn 0.");
        if (!await db.Producers.AnyAsync(p => p.Id == producerId, ct)) throw new DomainException("Không tìm thấy nhà sản xuất.");
        var balance = await ledger.BalanceAsync(producerId, ct);
        if (amountDong > balance) throw new DomainException($"Số dư của nhà sản xuất chỉ còn {Vnd.Format(balance)}.");
        ledger.BookPayout(producerId, amountDong, bankReference, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
