using System.Net;
using LongAnMarket.Core.Common;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>POST /webhooks/bank-transfer: signed notices pay orders once; anything else changes nothing or waits for review.</summary>
public abstract class BankTransferWebhookTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private static string TransactionId() => "FT" + Guid.NewGuid().ToString("N")[..12];

    private Task<BankTransfer?> TransferAsync(string id) => _app.WithDbAsync(db => db.BankTransfers.AsNoTracking().SingleOrDefaultAsync(t => t.TransactionId == id));

    [Fact]
    public async Task Should_reject_a_webhook_with_a_bad_signature_and_change_nothing()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product);
        var id = TransactionId();

        var forged = await Shopping.BankNoticeAsync(_app, id, total, $"DH {code}", secret: "not-the-secret");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await TransferAsync(id));
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
    }

    [Fact]
    public async Task Should_reject_a_webhook_with_a_stale_timestamp()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product);
        var id = TransactionId();
        var stale = await Shopping.BankNoticeAsync(_app, id, total, $"DH {code}", at: DateTimeOffset.UtcNow.AddMinutes(-10));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Null(await TransferAsync(id));
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"transactionId\":\"\",\"amount\":1000,\"purpose\":\"x\",\"time\":\"2026-11-29T10:00:00+07:00\"}")]
    [InlineData("{\"transactionId\":\"FT1\",\"amount\":\"mot trieu\",\"purpose\":\"x\",\"time\":\"2026-11-29T10:00:00+07:00\"}")]
    [InlineData("{\"transactionId\":\"FT1\",\"amount\":-5,\"purpose\":\"x\",\"time\":\"2026-11-29T10:00:00+07:00\"}")]
    [InlineData("{\"transactionId\":\"FT1\",\"amount\":5000,\"purpose\":\"x\"}")]
    public async Task A_signed_but_malformed_notice_gets_400_and_stores_nothing(string body)
    {
        var before = await _app.WithDbAsync(db => db.BankTransfers.CountAsync());
        var response = await Shopping.BankNoticeAsync(_app, "", 0, "", body: body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await _app.WithDbAsync(db => db.BankTransfers.CountAsync()));
    }

    [Fact]
    public async Task A_replayed_transaction_is_applied_once()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var (code, total, _, orderId) = await OrderingTestData.PlaceAsync(_app, product);
        var id = TransactionId();
        var replies = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Shopping.BankNoticeAsync(_app, id, total, $"DH {code}")));
        Assert.All(replies, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await _app.WithDbAsync(db => db.BankTransfers.CountAsync(t => t.TransactionId == id)));
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Single(order.History);
        Assert.Equal(2, await _app.WithDbAsync(db => db.LedgerEntries.CountAsync(e => db.SubOrders.Any(s => s.Id == e.SubOrderId && s.OrderId == orderId))));
    }

    [Fact]
    public async Task A_wrong_amount_is_kept_and_the_order_waits_for_review()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product);
        var id = TransactionId();
        Assert.Equal(HttpStatusCode.OK, (await Shopping.BankNoticeAsync(_app, id, total - 1_000, $"DH {code}")).StatusCode);
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, code)).Status);
        var transfer = await TransferAsync(id);
        Assert.Equal(BankTransferOutcome.NeedsReview, transfer!.Outcome);
        Assert.NotNull(transfer.OrderId);

        // Sending the money back goes through a page that names the sum that came, not the order's total.
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var refund = $"/admin/orders/{code}/refund-payment";
        var confirmation = await admin.PageAsync(refund);
        Assert.Equal(Vnd.Format(total - 1_000), confirmation.QuerySelector(".confirm__amount")!.TextContent.Trim());
        await admin.SubmitAsync(refund, refund, new() { ["reference"] = "FT-TRA-00", ["confirmed"] = "false" });
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, code)).Status);
        await admin.SubmitAsync(refund, refund, new() { ["reference"] = "FT-TRA-01" });
        Assert.Equal(OrderStatus.Refunded, (await Shopping.OrderAsync(_app, code)).Status);
    }

    [Fact]
    public async Task Money_with_an_unknown_code_is_stored_for_review_never_dropped()
    {
        var id = TransactionId();
        Assert.Equal(HttpStatusCode.OK, (await Shopping.BankNoticeAsync(_app, id, 123_000, "chuyen tien mua gao")).StatusCode);
        var transfer = await TransferAsync(id);
        Assert.Equal((BankTransferOutcome.NeedsReview, (int?)null, 123_000L), (transfer!.Outcome, transfer.OrderId, transfer.AmountDong));
    }

    [Fact]
    public async Task A_payment_for_an_expired_order_is_kept_for_refund_review_and_its_stock_is_not_taken_twice()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 5);
        var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product, 2);
        await Shopping.PastDeadlineAsync(_app, code);
        await _app.WithServicesAsync(s => s.GetRequiredService<OrderExpirer>().ExpireDueAsync(CancellationToken.None));
        Assert.Equal(5, await Shopping.StockAsync(_app, product));

        await Shopping.BankNoticeAsync(_app, TransactionId(), total, $"DH {code}");
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.PaidNeedsReview, order.Status);
        Assert.Equal(5, await Shopping.StockAsync(_app, product));
        Assert.Equal([OrderStatus.Expired, OrderStatus.PaidNeedsReview], order.History.OrderBy(h => h.Id).Select(h => h.To));
    }
}

public sealed class BankTransferWebhookTestsOnSqlite(SqliteOrderingFixture fixture) : BankTransferWebhookTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class BankTransferWebhookTestsOnMariaDb(MariaDbOrderingFixture fixture) : BankTransferWebhookTests(fixture), IClassFixture<MariaDbOrderingFixture>;
