using System.Net;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Payments;
using LongAnMarket.Core.Traceability;
using LongAnMarket.Infrastructure.Identity;
using LongAnMarket.Infrastructure.Traceability;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>Producers fulfil their own parts, lots are recorded so recalls reach buyers, and the books add up to the đồng.</summary>
public abstract class FulfilmentTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private async Task<int> LotAsync(TestLot lot, string code, int daysAgo, decimal quantity, LotUnit unit, bool recalled = false)
    {
        var id = 0;
        await _app.WithServicesAsync(async s =>
        {
            var lots = s.GetRequiredService<LotService>();
            var producedOn = DateOnly.FromDateTime(TestLot.DaysAgo(daysAgo).DateTime);
            id = (await lots.CreateAsync(lot.Catalog.Producer.Id, new LotDraft(lot.Product.Variants[0].Id, code, producedOn, quantity, unit, null, null,
                new EventDraft(TestLot.DaysAgo(daysAgo, 7), lot.LocationId, null, null, [])), "test", TestLot.Origin)).Id;
            if (recalled) await lots.RecallAsync(lot.Catalog.Producer.Id, id, "Nấm mốc", "test");
        });
        return id;
    }

    private async Task PayAsync(string code, long total) =>
        Assert.Equal(HttpStatusCode.OK, (await Shopping.BankNoticeAsync(_app, "FT" + Guid.NewGuid().ToString("N")[..12], total, $"DH {code}")).StatusCode);

    [Fact]
    public async Task A_producer_prepares_ships_with_lots_oldest_unrecalled_first_and_delivers_and_a_recall_reaches_the_buyer()
    {
        var lot = await TestLot.CreateAsync(_app, withHistory: false); // by weight, produced 5 days ago
        await LotAsync(lot, "CU-THU-HOI", daysAgo: 20, 100, LotUnit.Piece, recalled: true);
        var counted = await LotAsync(lot, "CU-DEM", daysAgo: 10, 3, LotUnit.Piece);
        var seller = await TestSellers.SignedInAsync(_app, lot.Catalog);
        var (code, total, email, _) = await OrderingTestData.PlaceAsync(_app, lot.Product, 5);
        var partId = (await Shopping.OrderAsync(_app, code)).SubOrders.Single().Id;

        var unpaid = await seller.PageAsync($"/seller/orders/{partId}");
        Assert.Contains("hiện khi đơn đã được thanh toán", unpaid.QuerySelector(".form-page")!.TextContent);
        Assert.Empty(unpaid.QuerySelectorAll("form[action$='/processing']"));
        await PayAsync(code, total);
        Assert.Contains(MailPickup.To(_app, lot.Catalog.Producer.Email), m => m.Subject!.Contains(code));

        await seller.SubmitAsync($"/seller/orders/{partId}", $"/seller/orders/{partId}/processing", []);
        var preparing = await seller.PageAsync($"/seller/orders/{partId}");
        Assert.Contains("Trần Thị Mua", preparing.QuerySelector(".form-page")!.TextContent);
        Assert.Contains("CU-DEM", preparing.QuerySelector("form[action$='/ship']")!.TextContent);
        var shipped = await seller.SubmitAsync($"/seller/orders/{partId}", $"/seller/orders/{partId}/ship", new() { ["Carrier"] = "Viettel Post", ["TrackingNumber"] = "VTP123456" });
        Assert.Equal(HttpStatusCode.Redirect, shipped.StatusCode);

        var order = await Shopping.OrderAsync(_app, code);
        var line = order.SubOrders.Single().Lines.Single();
        Assert.Equal([("CU-DEM", 3), (lot.Code, 2)], line.Lots.OrderBy(l => l.Id).Select(l => (l.LotCode, l.Quantity)));
        Assert.Equal(SubOrderStatus.Shipped, order.SubOrders.Single().Status);
        Assert.Contains(MailPickup.To(_app, email), m => m.Subject!.Contains("đã gửi hàng") && m.TextBody!.Contains("VTP123456"));

        await seller.SubmitAsync($"/seller/orders/{partId}", $"/seller/orders/{partId}/deliver", []);
        order = await Shopping.OrderAsync(_app, code);
        Assert.Equal((SubOrderStatus.Delivered, OrderStatus.Completed), (order.SubOrders.Single().Status, order.Status));
        Assert.Equal([SubOrderStatus.Paid, SubOrderStatus.Processing, SubOrderStatus.Shipped, SubOrderStatus.Delivered],
            order.SubOrders.Single().History.OrderBy(h => h.Id).Select(h => h.To));

        await seller.SubmitAsync($"/seller/lots/{counted}/recall", $"/seller/lots/{counted}/recall", new() { ["Reason"] = "Phát hiện dư lượng thuốc", ["confirmed"] = "true" });
        Assert.Contains(MailPickup.To(_app, email), m => m.Subject!.Contains("thu hồi") && m.TextBody!.Contains("Phát hiện dư lượng thuốc"));
        var page = await new Visitor(_app).PageAsync($"/orders/{code}?key={order.AccessKey}");
        Assert.Contains("CU-DEM", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Moves_out_of_order_or_on_another_producers_part_change_nothing()
    {
        var (catalog, product) = await OrderingTestData.ProductAsync(_app);
        var (other, _) = await OrderingTestData.ProductAsync(_app);
        var seller = await TestSellers.SignedInAsync(_app, catalog);
        var stranger = await TestSellers.SignedInAsync(_app, other);
        var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product);
        var partId = (await Shopping.OrderAsync(_app, code)).SubOrders.Single().Id;

        var page = await seller.PageAsync($"/seller/orders/{partId}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await seller.PageAsync("/seller/shipping")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var early = await seller.Client.PostAsync($"/seller/orders/{partId}/ship", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Carrier"] = "GHN", ["TrackingNumber"] = "1",
        }));
        Assert.Contains("không thể chuyển", (await seller.PageAsync(early.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        await PayAsync(code, total);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/seller/orders/{partId}")).StatusCode);
        await stranger.SubmitAsync("/seller/shipping", $"/seller/shipping", new() { ["FeeDong"] = "10000" });
        var strangerToken = (await stranger.PageAsync("/seller/shipping")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await stranger.Client.PostAsync($"/seller/orders/{partId}/processing", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = strangerToken }));
        Assert.Equal(SubOrderStatus.Paid, (await Shopping.OrderAsync(_app, code)).SubOrders.Single().Status);
    }

    [Fact]
    public async Task The_books_reconcile_to_the_dong_through_sales_commission_refunds_and_payouts()
    {
        var (catalog, product) = await OrderingTestData.ProductAsync(_app, price: 123_457, shipping: 21_000);
        var producerId = catalog.Producer.Id;
        var (code1, total1, _, _) = await OrderingTestData.PlaceAsync(_app, product, 3);
        var (code2, total2, _, _) = await OrderingTestData.PlaceAsync(_app, product, 1);
        await PayAsync(code1, total1);
        await PayAsync(code2, total2);
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var refundedPart = (await Shopping.OrderAsync(_app, code2)).SubOrders.Single().Id;
        var refund = $"/admin/orders/{code2}/parts/{refundedPart}/refund";
        var confirmation = await admin.PageAsync(refund); // the amount and what it does, before anything moves
        Assert.Equal("144.457 ₫", confirmation.QuerySelector(".confirm__amount")!.TextContent.Trim());
        Assert.Equal("Hoàn 144.457 ₫ cho khách", confirmation.QuerySelector($"form[action='{refund}'] button")!.TextContent.Trim());
        Assert.NotNull(confirmation.QuerySelector("#reference[required]"));
        await admin.SubmitAsync(refund, refund, new() { ["reference"] = "FT-HOAN-00", ["confirmed"] = "false" });
        Assert.Equal(SubOrderStatus.Paid, (await Shopping.OrderAsync(_app, code2)).SubOrders.Single().Status);
        await admin.SubmitAsync(refund, refund, new() { ["reference"] = "FT-HOAN-01" });
        await admin.SubmitAsync("/admin/ledger", $"/admin/ledger/{producerId}/payout", new() { ["amountDong"] = "100000", ["reference"] = "UNC-2026-11-29" });

        // 3 × 123,457 = 370,371 goods + 21,000 shipping; commission 5% of goods = 18,518.55 → 18,519.
        var entries = await _app.WithDbAsync(db => db.LedgerEntries.Where(e => e.ProducerId == producerId).ToListAsync());
        var balance = entries.Sum(e => e.AmountDong);
        Assert.Equal(370_371 + 21_000 - 18_519 - 100_000, balance);
        Assert.Equal(0, entries.Where(e => e.SubOrderId == refundedPart).Sum(e => e.AmountDong));
        Assert.Equal(total1 + total2, entries.Where(e => e.Kind == LedgerEntryKind.Sale).Sum(e => e.AmountDong));

        var statement = await (await TestSellers.SignedInAsync(_app, catalog)).PageAsync("/seller/statement");
        Assert.Equal(LongAnMarket.Core.Common.Vnd.Format(balance), statement.QuerySelector("[data-testid=balance]")!.TextContent);
        var ledger = await admin.PageAsync("/admin/ledger");
        Assert.Equal("Khớp đến từng đồng", ledger.QuerySelector("[data-testid=reconciles]")!.TextContent);

        var overdraw = await admin.SubmitAsync("/admin/ledger", $"/admin/ledger/{producerId}/payout", new() { ["amountDong"] = (balance + 1).ToString(), ["reference"] = "UNC-X" });
        Assert.Contains("Số dư", (await admin.PageAsync(overdraw.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(balance, await _app.WithDbAsync(db => db.LedgerEntries.Where(e => e.ProducerId == producerId).SumAsync(e => e.AmountDong)));
    }
}

public sealed class FulfilmentTestsOnSqlite(SqliteOrderingFixture fixture) : FulfilmentTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class FulfilmentTestsOnMariaDb(MariaDbOrderingFixture fixture) : FulfilmentTests(fixture), IClassFixture<MariaDbOrderingFixture>;
