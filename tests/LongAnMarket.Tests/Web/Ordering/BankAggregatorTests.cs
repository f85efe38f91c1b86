using System.Net;
using System.Text.Json;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Infrastructure.Payments;
using LongAnMarket.Tests.Support;
using LongAnMarket.Tests.Support.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>
/// Transfers confirmed by payOS and SePay, through their stand-ins on loopback: a forged notification changes nothing,
/// a repeated one pays once, money after expiry or of the wrong amount waits for review, and a notification that never
/// arrived is found by reconciliation, once.
/// </summary>
public abstract class BankAggregatorTests(BankAggregatorFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;
    private readonly PayOsStandIn _payOs = fixture.PayOs;
    private readonly SePayStandIn _sePay = fixture.SePay;

    private async Task<(string Code, long Total, int OrderId, Visitor Guest, string Key)> OrderAsync(int stock = 10)
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, price: 95_000, shipping: 15_000, stock: stock);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, 2);
        var code = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail()));
        var order = await Shopping.OrderAsync(_app, code);
        return (code, order.TotalDong, order.Id, guest, order.AccessKey);
    }

    /// <summary>The shopper presses "Mở trang thanh toán payOS": the link payOS opened for the order.</summary>
    private async Task<PayOsStandIn.Link> OpenPayOsAsync(Visitor guest, string code, string key)
    {
        var response = await guest.SubmitAsync($"/orders/{code}?key={key}", $"/orders/{code}/pay-by-payos?key={key}", []);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var url = response.Headers.Location!.ToString();
        return _payOs.Links.Single(l => url.EndsWith($"/web/{l.PaymentLinkId}", StringComparison.Ordinal));
    }

    private Task<List<BankTransfer>> TransfersForAsync(int orderId) =>
        _app.WithDbAsync(db => db.BankTransfers.AsNoTracking().Where(t => t.OrderId == orderId).ToListAsync());

    private Task<int> LedgerEntriesAsync(int orderId) =>
        _app.WithDbAsync(db => db.LedgerEntries.CountAsync(e => db.SubOrders.Any(s => s.Id == e.SubOrderId && s.OrderId == orderId)));

    private Task<ReconciliationRun> ReconcileAsync() => _app.WithServicesAsync(s => s.GetRequiredService<BankReconciler>().RunAsync(CancellationToken.None));

    private async Task ExpireAsync(string code)
    {
        await Shopping.PastDeadlineAsync(_app, code);
        await _app.WithServicesAsync(s => s.GetRequiredService<OrderExpirer>().ExpireDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PayOs_opens_a_link_with_a_numeric_code_and_the_order_code_in_the_description_and_its_notification_pays_once()
    {
        var (code, total, orderId, guest, key) = await OrderAsync();
        var link = await OpenPayOsAsync(guest, code, key);
        Assert.Equal((total, $"DH {code}"), (link.Amount, link.Description));
        Assert.InRange(link.OrderCode, 100_000_000_000_000, PayOsLink.MaxCode);
        Assert.Equal(link.PaymentLinkId, (await OpenPayOsAsync(guest, code, key)).PaymentLinkId); // pressed twice: the same link

        var body = await _payOs.PayAsync(link.OrderCode);
        Assert.Equal(HttpStatusCode.OK, (await _payOs.NotifyAsync(body)).StatusCode); // payOS sends it again
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal("payOS (webhook)", order.History.Single().Actor);
        Assert.Equal(BankTransferOutcome.Applied, (await TransfersForAsync(orderId)).Single().Outcome);
        Assert.Equal(2, await LedgerEntriesAsync(orderId));
    }

    [Fact]
    public async Task PayOs_refuses_a_notification_whose_signature_is_not_payOS_with_400_and_stores_nothing()
    {
        var (code, total, orderId, guest, key) = await OrderAsync();
        var link = await OpenPayOsAsync(guest, code, key);
        _payOs.LoseNotifications = true;
        string genuine;
        try { genuine = await _payOs.PayAsync(link.OrderCode); }
        finally { _payOs.LoseNotifications = false; }

        var tampered = genuine.Replace($"\"amount\":{total}", $"\"amount\":{total + 1}");
        var unsigned = JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, object>>(genuine)!.Where(p => p.Key != "signature").ToDictionary());
        foreach (var body in new[] { tampered, unsigned, genuine.Replace("\"signature\":\"", "\"signature\":\"00"), "not json" })
            Assert.Equal(HttpStatusCode.BadRequest, (await _payOs.NotifyAsync(body)).StatusCode);
        Assert.Empty(await TransfersForAsync(orderId));
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
    }

    [Fact]
    public async Task PayOs_money_of_the_wrong_amount_or_after_expiry_waits_for_review()
    {
        var (shortCode, total, shortId, guest, key) = await OrderAsync();
        await _payOs.PayAsync((await OpenPayOsAsync(guest, shortCode, key)).OrderCode, amount: total - 10_000);
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, shortCode)).Status);
        Assert.Equal(BankTransferOutcome.NeedsReview, (await TransfersForAsync(shortId)).Single().Outcome);

        var (lateCode, _, lateId, lateGuest, lateKey) = await OrderAsync();
        var link = await OpenPayOsAsync(lateGuest, lateCode, lateKey);
        await ExpireAsync(lateCode);
        await _payOs.PayAsync(link.OrderCode);
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, lateCode)).Status);
        Assert.Equal(BankTransferOutcome.NeedsReview, (await TransfersForAsync(lateId)).Single().Outcome);
    }

    [Fact]
    public async Task PayOs_the_shoppers_return_pays_nothing_and_a_lost_notification_is_found_by_reconciliation_once()
    {
        var (code, _, orderId, guest, key) = await OrderAsync();
        var link = await OpenPayOsAsync(guest, code, key);
        _payOs.LoseNotifications = true;
        try { await _payOs.PayAsync(link.OrderCode); }
        finally { _payOs.LoseNotifications = false; }

        var back = await guest.PageAsync($"/orders/{code}?key={key}&paid=payos&code=00&id={link.PaymentLinkId}&cancel=false&status=PAID&orderCode={link.OrderCode}");
        Assert.Contains("payOS đang xác nhận", back.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);

        Assert.True((await ReconcileAsync()).Recovered >= 1);
        await ReconcileAsync();
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(BankReconciler.PayOsActor, order.History.Single().Actor);
        Assert.Single(await TransfersForAsync(orderId));
        Assert.Equal(2, await LedgerEntriesAsync(orderId));
    }

    [Fact]
    public async Task A_producers_own_accounts_keep_their_keys_protected_and_their_money_out_of_the_marketplace()
    {
        var (catalog, product) = await OrderingTestData.ProductAsync(_app);
        var (code, total, _, orderId) = await OrderingTestData.PlaceAsync(_app, product);
        var payOsKey = $"htx-{Guid.NewGuid():N}"[..20];
        const string producersChecksum = "5f4dcc3b5aa765d61d8327deb882cf99b6e4fa0e2a2b8d7c1e9f3a4b5c6d7e8f";
        await _app.WithServicesAsync(s => s.GetRequiredService<MerchantAccounts>().AddPayOsAsync(payOsKey, catalog.Producer.Id, "htx-client", "htx-api-key",
            producersChecksum, _payOs.ApiBase, CancellationToken.None));
        var sePayKey = $"sp-{Guid.NewGuid():N}"[..20];
        await _app.WithServicesAsync(s => s.GetRequiredService<MerchantAccounts>().AddSePayAsync(sePayKey, catalog.Producer.Id, "htx-sepay-key", null,
            _sePay.ApiBase, "1903555666", CancellationToken.None));
        var stored = await _app.WithDbAsync(db => db.MerchantAccounts.AsNoTracking().Where(a => a.ProducerId == catalog.Producer.Id).Select(a => a.ProtectedCredentials).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s => Assert.DoesNotContain("htx-", s));
        Assert.DoesNotContain(producersChecksum, string.Concat(stored));

        // Money for the producer, even naming a marketplace order: stored, kept apart, never paying the order.
        var data = PayOsStandIn.PaymentData(42, total, $"DH {code}", $"FT{Guid.NewGuid():N}"[..14], "link-of-the-producer");
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/webhooks/payos/{payOsKey}", Json(await PayOsStandIn.WebhookBodyAsync(data)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/webhooks/payos/{payOsKey}", Json(await PayOsStandIn.WebhookBodyAsync(data, producersChecksum)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/webhooks/payos/no-such-account", Json(await PayOsStandIn.WebhookBodyAsync(data)))).StatusCode);

        var sePayBody = SePayStandIn.WebhookBody(991_003, "2026-12-04 10:00:00", "1903555666", $"DH {code}", "in", total, "FT3");
        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/sepay/{sePayKey}") { Content = Json(sePayBody) };
        wrongKey.Headers.TryAddWithoutValidation("Authorization", "Apikey " + SePayStandIn.ApiKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrongKey)).StatusCode);
        using var producersKey = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/sepay/{sePayKey}") { Content = Json(sePayBody) };
        producersKey.Headers.TryAddWithoutValidation("Authorization", "Apikey htx-sepay-key");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(producersKey)).StatusCode);

        var kept = await _app.WithDbAsync(db => db.BankTransfers.AsNoTracking()
            .Where(t => t.TransactionId == "payos:" + data["reference"] || t.TransactionId == "sepay:991003").ToListAsync());
        Assert.Equal(2, kept.Count);
        Assert.All(kept, t => Assert.Equal((BankTransferOutcome.NeedsReview, (int?)null), (t.Outcome, t.OrderId)));
        Assert.All(kept, t => Assert.Contains("tài khoản riêng", t.Note));
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
        Assert.Equal(0, await LedgerEntriesAsync(orderId));

        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var page = await admin.PageAsync("/admin/payments");
        Assert.Equal($"SePay theo dõi tài khoản {SePayStandIn.AccountNumber} và báo từng khoản tiền về. Đối soát mỗi 1440 phút với payOS, SePay.",
            page.QuerySelector("[data-testid=confirmation]")!.TextContent);
        Assert.Contains($"tài khoản riêng '{payOsKey}'", page.Body!.TextContent);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task SePay_money_in_with_the_order_code_pays_the_order_once_however_often_it_is_delivered()
    {
        var (code, total, orderId, _, _) = await OrderAsync();
        var body = await _sePay.TransferInAsync(total, $"NGUYEN VAN AN chuyen tien DH {code} FT26338");
        var again = await _sePay.SendAsync(body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("success").GetBoolean());
        Assert.Equal(0, _sePay.Undelivered);

        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal("SePay (webhook)", order.History.Single().Actor);
        Assert.Single(await TransfersForAsync(orderId));
        Assert.Equal(2, await LedgerEntriesAsync(orderId));
    }

    [Fact]
    public async Task SePay_refuses_a_notification_without_its_api_key_with_401_and_stores_nothing()
    {
        var (code, total, orderId, _, _) = await OrderAsync();
        var body = SePayStandIn.WebhookBody(991_001, "2026-12-04 10:00:00", SePayStandIn.AccountNumber, $"DH {code}", "in", total, "FT1");
        foreach (var authorization in new[] { null, "Apikey wrong-key", "Bearer " + SePayStandIn.ApiKey, SePayStandIn.ApiKey })
            Assert.Equal(HttpStatusCode.Unauthorized, (await _sePay.SendAsync(body, authorization)).StatusCode);
        Assert.Empty(await TransfersForAsync(orderId));
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await _sePay.SendAsync("{\"id\": 5}")).StatusCode);
    }

    [Fact]
    public async Task SePay_money_of_the_wrong_amount_after_expiry_or_for_another_account_waits_for_review_and_money_out_is_ignored()
    {
        var (shortCode, total, shortId, _, _) = await OrderAsync();
        await _sePay.TransferInAsync(total - 1, $"DH {shortCode}");
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, shortCode)).Status);
        Assert.Equal(BankTransferOutcome.NeedsReview, (await TransfersForAsync(shortId)).Single().Outcome);

        var (lateCode, lateTotal, lateId, _, _) = await OrderAsync();
        await ExpireAsync(lateCode);
        await _sePay.TransferInAsync(lateTotal, $"DH {lateCode}");
        Assert.Equal(OrderStatus.PaidNeedsReview, (await Shopping.OrderAsync(_app, lateCode)).Status);
        Assert.Equal(BankTransferOutcome.NeedsReview, (await TransfersForAsync(lateId)).Single().Outcome);

        // SePay's documented example: money into an account this marketplace does not watch is kept, unmatched.
        var example = """
            {"id": 92704, "gateway": "Vietcombank", "transactionDate": "2023-03-25 14:02:37", "accountNumber": "0123499999", "code": null,
             "content": "chuyen tien mua iphone", "transferType": "in", "transferAmount": 2277000, "accumulated": 19077000,
             "subAccount": null, "referenceCode": "MBVCB.3278907687", "description": ""}
            """;
        Assert.Equal(HttpStatusCode.OK, (await _sePay.SendAsync(example)).StatusCode);
        var held = await _app.WithDbAsync(db => db.BankTransfers.AsNoTracking().SingleAsync(t => t.TransactionId == "sepay:92704"));
        Assert.Equal((BankTransferOutcome.NeedsReview, 2_277_000L, (int?)null), (held.Outcome, held.AmountDong, held.OrderId));
        Assert.Contains("0123499999", held.Note);
        Assert.Equal(new DateTime(2023, 3, 25, 7, 2, 37, DateTimeKind.Utc), held.TransferredAtUtc);

        var (outCode, outTotal, outId, _, _) = await OrderAsync();
        var moneyOut = SePayStandIn.WebhookBody(991_002, "2026-12-04 10:00:00", SePayStandIn.AccountNumber, $"DH {outCode}", "out", outTotal, "FT2");
        Assert.Equal(HttpStatusCode.OK, (await _sePay.SendAsync(moneyOut)).StatusCode);
        Assert.Empty(await TransfersForAsync(outId));
    }

    [Fact]
    public async Task SePay_a_lost_notification_is_found_by_reconciliation_once()
    {
        var (code, total, orderId, _, _) = await OrderAsync();
        _sePay.LoseNotifications = true;
        try { await _sePay.TransferInAsync(total, $"DH{code}"); }
        finally { _sePay.LoseNotifications = false; }
        Assert.Equal(OrderStatus.PendingPayment, (await Shopping.OrderAsync(_app, code)).Status);

        Assert.True((await ReconcileAsync()).Recovered >= 1);
        Assert.Equal(0, (await ReconcileAsync()).Recovered);
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal(BankReconciler.SePayActor, order.History.Single().Actor);
        Assert.Single(await TransfersForAsync(orderId));
        Assert.Equal(2, await LedgerEntriesAsync(orderId));
    }
}

public sealed class BankAggregatorTestsOnSqlite(SqliteBankAggregatorFixture fixture) : BankAggregatorTests(fixture), IClassFixture<SqliteBankAggregatorFixture>;

public sealed class BankAggregatorTestsOnMariaDb(MariaDbBankAggregatorFixture fixture) : BankAggregatorTests(fixture), IClassFixture<MariaDbBankAggregatorFixture>;
