using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace LongAnMarket.Infrastructure.Payments;

/// <summary>The calls this marketplace makes to Stripe: open a Checkout Session for an order, refund a payment.</summary>
public sealed class StripeGateway(IOptions<StripeOptions> options, StripeHttpClient http, TimeProvider clock)
{
    public const string OrderIdKey = "order_id";
    public const string OrderCodeKey = "order_code";

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>
    /// A Checkout Session in VND (zero-decimal: amounts are whole đồng) with the order's lines and shipping, expiring
    /// at a time set here. The idempotency key is per order attempt, so a double click opens one session.
    /// </summary>
    public async Task<Session> StartCheckoutAsync(Order order, string successUrl, string cancelUrl, CancellationToken ct)
    {
        var session = new SessionCreateOptions
        {
            Mode = "payment",
            Currency = "vnd",
            ClientReferenceId = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Metadata = new Dictionary<string, string> { [OrderIdKey] = order.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), [OrderCodeKey] = order.Code },
            CustomerEmail = string.IsNullOrEmpty(order.Buyer.Email) ? null : order.Buyer.Email,
            SuccessUrl = successUrl,
            CancelUrl = cancelUrl,
            ExpiresAt = clock.GetUtcNow().AddMinutes(options.Value.SessionMinutes).UtcDateTime,
            LineItems = [.. LineItems(order)],
        };
        return await new SessionService(Client()).CreateAsync(session, new RequestOptions { IdempotencyKey = $"checkout-{order.Code}-{order.Version}" }, ct);
    }

    /// <summary>Refunds part or all of a card payment; returns the refund's ID.</summary>
    public async Task<string> RefundAsync(string paymentIntentId, long amountDong, string idempotencyKey, CancellationToken ct)
    {
        var refund = await new RefundService(Client()).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountDong },
            new RequestOptions { IdempotencyKey = idempotencyKey }, ct);
        return refund.Id;
    }

    private static IEnumerable<SessionLineItemOptions> LineItems(Order order)
    {
        foreach (var part in order.SubOrders)
        {
            foreach (var line in part.Lines)
                yield return Item($"{line.ProductName} ({line.PackSize})", part.ProducerName, line.UnitPriceDong, line.Quantity);
            if (part.ShippingDong > 0) yield return Item("Phí vận chuyển", part.ProducerName, part.ShippingDong, 1);
        }
    }

    private static SessionLineItemOptions Item(string name, string producer, long unitDong, int quantity) => new()
    {
        Quantity = quantity,
        PriceData = new SessionLineItemPriceDataOptions
        {
            Currency = "vnd",
            UnitAmount = unitDong,
            ProductData = new SessionLineItemPriceDataProductDataOptions { Name = name, Description = producer },
        },
    };

    private StripeClient Client()
    {
        if (!IsConfigured) throw new DomainException("Thanh toán bằng thẻ chưa được bật trên sàn này.");
        return new StripeClient(options.Value.SecretKey, httpClient: new SystemNetHttpClient(http.Client),
            apiBase: string.IsNullOrWhiteSpace(options.Value.ApiBase) ? null : options.Value.ApiBase.TrimEnd('/'));
    }
}

/// <summary>The HTTP client Stripe calls go through: one for the process; tests swap in one with a local handler.</summary>
public sealed record StripeHttpClient(HttpClient Client);
