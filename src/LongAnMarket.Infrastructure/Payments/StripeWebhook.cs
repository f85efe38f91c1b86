using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace LongAnMarket.Infrastructure.Payments;

public enum StripeWebhookResult { Processed, AlreadyProcessed, Ignored, BadSignature }

/// <summary>
/// Handles Stripe's notifications: the signature is verified (300 s tolerance), each event ID is acted on once, in
/// whatever order events come, and the answer is 2xx only after the change is committed, so Stripe retries otherwise.
/// </summary>
public sealed class StripeWebhook(MarketDbContext db, OrderPayments payments, OrderExpirer expirer, IOptions<StripeOptions> options,
    TimeProvider clock, ILogger<StripeWebhook> logger)
{
    public const string Actor = "Stripe (webhook)";

    public async Task<StripeWebhookResult> HandleAsync(string json, string? signature, CancellationToken ct)
    {
        if (!options.Value.IsConfigured) return StripeWebhookResult.BadSignature;
        Event stripeEvent;
        try
        {
            // The account's webhook API version may differ from the library's: accept it and read fields defensively.
            stripeEvent = EventUtility.ConstructEvent(json, signature ?? "", options.Value.WebhookSecret, 300, throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            logger.LogWarning("Stripe webhook refused: {Reason}", ex.Message);
            return StripeWebhookResult.BadSignature;
        }
        if (await db.StripeEventReceipts.AnyAsync(r => r.EventId == stripeEvent.Id, ct)) return StripeWebhookResult.AlreadyProcessed;

        var result = stripeEvent.Type switch
        {
            EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded => await CompletedAsync(stripeEvent, ct),
            EventTypes.CheckoutSessionExpired => await ExpiredAsync(ct),
            _ => StripeWebhookResult.Ignored,
        };
        db.ChangeTracker.Clear();
        db.StripeEventReceipts.Add(new StripeEventReceipt(stripeEvent.Id, stripeEvent.Type, clock.GetUtcNow().UtcDateTime));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { return StripeWebhookResult.AlreadyProcessed; } // the same event, delivered twice at once
        return result;
    }

    private async Task<StripeWebhookResult> CompletedAsync(Event stripeEvent, CancellationToken ct)
    {
        if (stripeEvent.Data?.Object is not Session session) return StripeWebhookResult.Ignored;
        if (session.PaymentStatus is not ("paid" or "no_payment_required")) return StripeWebhookResult.Ignored; // paid later: async_payment_succeeded
        var orderId = OrderIdOf(session);
        if (orderId is null || !await db.Orders.AnyAsync(o => o.Id == orderId, ct))
        {
            logger.LogError("Stripe session {Session} paid {Amount} {Currency} for no known order: needs review", session.Id, session.AmountTotal, session.Currency);
            return StripeWebhookResult.Ignored;
        }
        // A currency other than VND cannot be compared to đồng: recorded as 0 ₫, so the order goes to review rather than paid.
        var amount = string.Equals(session.Currency, "vnd", StringComparison.OrdinalIgnoreCase) ? session.AmountTotal ?? 0 : 0;
        var reference = session.PaymentIntentId ?? session.Id;
        await payments.ConfirmAsync(orderId.Value, reference, amount, Actor, Core.Ordering.PaymentMethod.Stripe, ct);
        return StripeWebhookResult.Processed;
    }

    private async Task<StripeWebhookResult> ExpiredAsync(CancellationToken ct)
    {
        await expirer.ExpireDueAsync(ct);
        return StripeWebhookResult.Processed;
    }

    private static int? OrderIdOf(Session session)
    {
        var text = session.Metadata is { } metadata && metadata.TryGetValue(StripeGateway.OrderIdKey, out var id) ? id : session.ClientReferenceId;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var orderId) ? orderId : null;
    }
}
