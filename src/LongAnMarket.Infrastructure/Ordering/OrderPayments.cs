using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LongAnMarket.Infrastructure.Ordering;

public enum PaymentOutcome
{
    /// <summary>Right amount, on time: the order is paid.</summary>
    Paid,
    /// <summary>This payment was recorded before (a repeated notice): nothing changed.</summary>
    AlreadyRecorded,
    /// <summary>Kept, and the order marked for an admin: wrong amount, late, or a second payment.</summary>
    NeedsReview,
}

/// <summary>
/// The one way an order becomes paid: a confirmation from the bank (webhook or an admin who saw the transfer) or from
/// Stripe. Idempotent per payment reference, safe against a concurrent expiry (the order's version decides who wins,
/// the loser re-reads and applies its rule to the new state), and the ledger is booked in the same commit.
/// </summary>
public sealed class OrderPayments(MarketDbContext db, Ledger ledger, IOrderNotifier notifier, TimeProvider clock, ILogger<OrderPayments> logger)
{
    public async Task<PaymentOutcome> ConfirmAsync(int orderId, string reference, long amountDong, string actor, PaymentMethod via, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
            var now = clock.GetUtcNow();
            PaymentOutcome outcome;
            try
            {
                outcome = order.MarkPaid(reference, amountDong, actor, now, via)
                    ? order.Status == OrderStatus.Paid ? PaymentOutcome.Paid : PaymentOutcome.NeedsReview
                    : PaymentOutcome.AlreadyRecorded;
            }
            catch (DomainException ex)
            {
                logger.LogWarning("Payment {Reference} for order {Code} kept for review: {Reason}", reference, order.Code, ex.Message);
                return PaymentOutcome.NeedsReview;
            }
            if (outcome == PaymentOutcome.AlreadyRecorded) return outcome;
            if (outcome == PaymentOutcome.Paid) await ledger.BookSalesAsync(order, actor, now, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Another confirmation or the expiry job changed the order first (its version moved, or this part's
                // sale is already booked): read it again and apply the rule to what it is now.
                db.ChangeTracker.Clear();
                continue;
            }
            logger.LogInformation("Order {Code}: payment {Reference} of {Amount} ₫ → {Status}", order.Code, reference, amountDong, order.Status);
            if (outcome == PaymentOutcome.Paid) await notifier.PaidAsync(order, await ProducerEmailsAsync(order, ct), ct);
            return outcome;
        }
    }

    /// <summary>An admin accepts money held for review while the order still holds its stock.</summary>
    public async Task AcceptReviewedAsync(int orderId, string note, string actor, CancellationToken ct)
    {
        var order = await OrderQueries.LoadForChangeAsync(db, orderId, ct) ?? throw new DomainException("Không tìm thấy đơn hàng.");
        var now = clock.GetUtcNow();
        order.AcceptReviewedPayment(actor, now, note);
        await ledger.BookSalesAsync(order, actor, now, ct);
        await db.SaveChangesAsync(ct);
        await notifier.PaidAsync(order, await ProducerEmailsAsync(order, ct), ct);
    }

    private Task<Dictionary<int, string>> ProducerEmailsAsync(Order order, CancellationToken ct)
    {
        var ids = order.SubOrders.Select(s => s.ProducerId).ToList();
        return db.Producers.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Email, ct);
    }
}
