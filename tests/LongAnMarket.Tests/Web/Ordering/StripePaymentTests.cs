using System.Net;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>Card payment: a Checkout Session opened at Stripe (a local stand-in), and Stripe's signed webhooks in any order, each once.</summary>
public abstract class StripePaymentTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;
    private readonly FakeStripe _stripe = fixture.Stripe;

    private async Task<(string Code, long Total, int OrderId, Visitor Guest, string Key)> CardOrderAsync(int quantity = 2)
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, price: 95_000, shipping: 15_000);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, quantity);
        var code = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail()));
        var order = await Shopping.OrderAsync(_app, code);
        return (code, order.TotalDong, order.Id, guest, order.AccessKey);
    }

    [Fact]
    public async Task Paying_by_card_opens_a_vnd_checkout_session_with_the_orders_lines_and_redirects_with_303()
    {
        var (code, total, orderId, guest, key) = await CardOrderAsync();
        var before = _stripe.Requests.Count;
        var response = await guest.SubmitAsync($"/orders/{code}?key={key}", $"/orders/{code}/pay-by-card?key={key}", []);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("https://checkout.stripe.com/c/pay/cs_test_longan", response.Headers.Location!.OriginalString);
        var (path, form, idempotencyKey) = _stripe.Requests.Skip(before).Single();
        Assert.Equal("/v1/checkout/sessions", path);
        Assert.Equal(("payment", "vnd", orderId.ToString(), orderId.ToString(), code), (form["mode"], form["currency"], form["client_reference_id"], form["metadata[order_id]"], form["metadata[order_code]"]));
        Assert.Equal(("95000", "2", "vnd"), (form["line_items[0][price_data][unit_amount]"], form["line_items[0][quantity]"], form["line_items[0][price_data][currency]"]));
        Assert.Equal("15000", form["line_items[1][price_data][unit_amount]"]);
        Assert.StartsWith($"checkout-{code}-", idempotencyKey);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(form["expires_at"]));
        Assert.InRange(expiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(36));

        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(PaymentMethod.Stripe, order.PaymentMethod);
        Assert.Equal(expiresAt.UtcDateTime, DateTime.SpecifyKind(order.PayByUtc, DateTimeKind.Utc), TimeSpan.FromSeconds(1));
        Assert.Equal(OrderStatus.PendingPayment, order.Status); // the return URL pays nothing

        var back = await guest.PageAsync($"/orders/{code}?key={key}&paid=card");
        Assert.Contains("Stripe", back.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
    }

    [Fact]
    public async Task A_completed_session_pays_the_order_once_however_often_stripe_sends_it()
    {
        var (code, total, orderId, _, _) = await CardOrderAsync();
        var payload = FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", orderId, total);
        var replies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Shopping.StripeEventAsync(_app, payload)));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal((OrderStatus.Paid, "pi_test_" + orderId), (order.Status, order.PaymentReference));
        Assert.Single(order.History);
    }

    [Fact]
    public async Task Should_reject_a_stripe_event_with_a_bad_signature_or_a_stale_timestamp()
    {
        var (code, total, orderId, _, _) = await CardOrderAsync();
        var payload = FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", orderId, total);
        var forged = await Shopping.StripeEventAsync(_app, payload, FakeStripe.Signature(payload, DateTimeOffset.UtcNow, "whsec_wrong"));
        var stale = await Shopping.StripeEventAsync(_app, payload, FakeStripe.Signature(payload, DateTimeOffset.UtcNow.AddMinutes(-6)));
        var missing = await Shopping.StripeEventAsync(_app, payload, "");
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (forged.StatusCode, stale.StatusCode, missing.StatusCode));
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
    }

    [Fact]
    public async Task An_amount_or_currency_that_does_not_match_sends_the_order_to_review()
    {
        var (code, total, orderId, _, _) = await CardOrderAsync();
        await Shopping.StripeEventAsync(_app, FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", orderId, total, currency: "usd"));
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, code)).Status);

        var (code2, total2, orderId2, _, _) = await CardOrderAsync();
        await Shopping.StripeEventAsync(_app, FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", orderId2, total2 - 1));
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, code2)).Status);
    }

    [Fact]
    public async Task Expired_then_completed_in_that_order_keeps_the_money_for_review_and_the_stock_released_once()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 6);
        var (code, total, _, orderId) = await OrderingTestData.PlaceAsync(_app, product, 2);
        await Shopping.PastDeadlineAsync(_app, code);
        var expired = FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.expired", orderId, total, paymentStatus: "unpaid");
        Assert.Equal(HttpStatusCode.OK, (await Shopping.StripeEventAsync(_app, expired)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Shopping.StripeEventAsync(_app, expired)).StatusCode);
        Assert.Equal(OrderStatus.Expired, (await Shopping.OrderAsync(_app, code)).Status);
        Assert.Equal(6, await Shopping.StockAsync(_app, product));

        await Shopping.StripeEventAsync(_app, FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", orderId, total));
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, code)).Status);
        Assert.Equal(6, await Shopping.StockAsync(_app, product));
    }

    [Fact]
    public async Task An_admin_refunds_one_part_of_a_card_order_through_stripes_refund_api()
    {
        var (code, total, orderId, _, _) = await CardOrderAsync();
        await Shopping.StripeEventAsync(_app, FakeStripe.SessionEvent("evt_" + Guid.NewGuid().ToString("N"), "checkout.session.completed", orderId, total));
        var partId = (await Shopping.OrderAsync(_app, code)).SubOrders.Single().Id;
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var before = _stripe.Requests.Count;
        await admin.SubmitAsync($"/admin/orders/{code}/parts/{partId}/refund", $"/admin/orders/{code}/parts/{partId}/refund", new() { ["confirmed"] = "true" });

        var (path, form, key) = _stripe.Requests.Skip(before).Single();
        Assert.Equal(("/v1/refunds", "pi_test_" + orderId, total.ToString(), $"refund-{partId}"), (path, form["payment_intent"], form["amount"], key));
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(SubOrderStatus.Refunded, order.SubOrders.Single().Status);
        Assert.StartsWith("re_test_", order.SubOrders.Single().RefundReference);
        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(0, await _app.WithDbAsync(db => db.LedgerEntries.Where(e => e.SubOrderId == partId).SumAsync(e => e.AmountDong)));
    }

    [Fact]
    public async Task When_stripe_refuses_the_session_the_shopper_is_told_and_can_still_pay_by_transfer()
    {
        var (code, _, _, guest, key) = await CardOrderAsync();
        _stripe.FailNext = true;
        var response = await guest.SubmitAsync($"/orders/{code}?key={key}", $"/orders/{code}/pay-by-card?key={key}", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await guest.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("VietQR", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=vietqr]"));
        Assert.Equal(PaymentMethod.VietQr, (await Shopping.OrderAsync(_app, code)).PaymentMethod);
    }
}

public sealed class StripePaymentTestsOnSqlite(SqliteOrderingFixture fixture) : StripePaymentTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class StripePaymentTestsOnMariaDb(MariaDbOrderingFixture fixture) : StripePaymentTests(fixture), IClassFixture<MariaDbOrderingFixture>;
