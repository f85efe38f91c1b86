using System.Net;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Infrastructure.Data;
using LongAnMarket.Infrastructure.Ordering;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>Stock is taken by the database, never twice and never below zero, and unpaid orders give it back once.</summary>
public abstract class ReservationTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    [Fact]
    public async Task Fifty_parallel_checkouts_of_ten_in_stock_make_exactly_ten_orders_and_tell_the_rest_it_sold_out()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 10);
        var shoppers = new List<Visitor>();
        for (var i = 0; i < 50; i++)
        {
            var shopper = new Visitor(_app);
            await shopper.AddAsync(product, 1);
            shoppers.Add(shopper);
        }
        var forms = await Task.WhenAll(shoppers.Select(async s =>
        {
            var page = await s.PageAsync("/checkout");
            var fields = Shopping.Address(Visitor.NewEmail());
            foreach (var hidden in page.QuerySelectorAll("form[action='/checkout'] input[type=hidden]"))
                fields[hidden.GetAttribute("name")!] = hidden.GetAttribute("value")!;
            return (Shopper: s, Fields: fields);
        }));

        var responses = await Task.WhenAll(forms.Select(f => f.Shopper.Client.PostAsync("/checkout", new FormUrlEncodedContent(f.Fields))));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Redirect).ToList();
        Assert.All(refused, r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode));
        foreach (var response in refused)
        {
            var message = (await HtmlPage.ParseAsync(response)).QuerySelector("#form-errors")!.TextContent;
            Assert.True(message.Contains("hết hàng") || message.Contains("chỉ còn"), message);
        }
        Assert.Equal(0, await Shopping.StockAsync(_app, product));
        Assert.Equal(10, await _app.WithDbAsync(db => db.OrderLines.CountAsync(l => l.VariantId == product.Variants[0].Id)));
        Assert.False(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.InStock).SingleAsync()));
    }

    [Fact]
    public async Task Two_instances_expiring_the_same_orders_at_once_give_the_stock_back_once()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 9);
        var codes = new List<string>();
        for (var i = 0; i < 3; i++) codes.Add((await OrderingTestData.PlaceAsync(_app, product, 2)).Code);
        Assert.Equal(3, await Shopping.StockAsync(_app, product));
        foreach (var code in codes) await Shopping.PastDeadlineAsync(_app, code);

        var expired = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            _app.WithServicesAsync(s => s.GetRequiredService<OrderExpirer>().ExpireDueAsync(CancellationToken.None))));

        Assert.True(expired.Sum() >= 3, $"expired {expired.Sum()}");
        Assert.Equal(9, await Shopping.StockAsync(_app, product));
        foreach (var code in codes)
        {
            var order = await Shopping.OrderAsync(_app, code);
            Assert.Equal(OrderStatus.Expired, order.Status);
            Assert.Single(order.History);
        }
    }

    [Fact]
    public async Task A_payment_racing_the_expiry_is_never_lost_and_stock_stays_consistent()
    {
        for (var round = 0; round < 12; round++)
        {
            var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 4);
            var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product, 3);
            await Shopping.PastDeadlineAsync(_app, code);
            await Task.WhenAll(
                _app.WithServicesAsync(s => s.GetRequiredService<OrderExpirer>().ExpireDueAsync(CancellationToken.None)),
                Shopping.BankNoticeAsync(_app, "FT" + Guid.NewGuid().ToString("N")[..12], total, $"DH {code}"));

            var order = await Shopping.OrderAsync(_app, code);
            var stock = await Shopping.StockAsync(_app, product);
            Assert.True(order.Status == OrderStatus.Paid && stock == 1 || order.Status == OrderStatus.PaidNeedsReview && stock == 4,
                $"round {round}: {order.Status} with stock {stock}");
            Assert.NotNull(order.PaymentReference);
        }
    }

    [Fact]
    public async Task An_admin_cancels_an_unpaid_order_and_its_stock_goes_back_on_sale()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app, stock: 2);
        var (code, _, _, _) = await OrderingTestData.PlaceAsync(_app, product, 2);
        Assert.False(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.InStock).SingleAsync()));
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var noReason = await admin.SubmitAsync($"/admin/orders/{code}", $"/admin/orders/{code}/cancel", new() { ["reason"] = " " });
        Assert.Contains("lý do", (await admin.PageAsync(noReason.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(0, await Shopping.StockAsync(_app, product));

        await admin.SubmitAsync($"/admin/orders/{code}", $"/admin/orders/{code}/cancel", new() { ["reason"] = "Khách gọi điện huỷ" });
        Assert.Equal(OrderStatus.Cancelled, (await Shopping.OrderAsync(_app, code)).Status);
        Assert.Equal(2, await Shopping.StockAsync(_app, product));
        Assert.True(await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => p.InStock).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_who_sees_the_transfer_in_the_bank_marks_the_order_paid_and_it_is_audited()
    {
        var (_, product) = await OrderingTestData.ProductAsync(_app);
        var (code, total, _, _) = await OrderingTestData.PlaceAsync(_app, product);
        var (admin, adminEmail, _) = await Visitor.AdminAsync(_app);
        await admin.SubmitAsync($"/admin/orders/{code}", $"/admin/orders/{code}/received", new() { ["reference"] = "FT25333", ["amountDong"] = total.ToString() });
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal((adminEmail, "CK FT25333"), (order.History.Single().Actor, order.History.Single().Note));
        var shopperView = (await new Visitor(_app).PageAsync($"/orders/{code}?key={order.AccessKey}")).QuerySelector("[data-testid=order-timeline]")!.TextContent;
        Assert.Contains("Ban quản lý sàn", shopperView);
        Assert.DoesNotContain(adminEmail, shopperView);
        Assert.Contains(adminEmail, (await admin.PageAsync($"/admin/orders/{code}")).QuerySelector("[data-testid=order-timeline]")!.TextContent);
    }
}

public sealed class ReservationTestsOnSqlite(SqliteOrderingFixture fixture) : ReservationTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class ReservationTestsOnMariaDb(MariaDbOrderingFixture fixture) : ReservationTests(fixture), IClassFixture<MariaDbOrderingFixture>;

/// <summary>The expiry job runs on its own in the host, with no one calling it.</summary>
public sealed class OrderExpiryJobTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.MySql)]
    public async Task The_background_job_expires_an_unpaid_order_past_its_deadline(DatabaseProvider provider)
    {
        await using var database = TestDatabase.Create(provider);
        await using var app = new MarketAppFactory(database, new Dictionary<string, string?> { ["Payments:ExpirySweepSeconds"] = "1" });
        await app.MigrateAsync();
        var (_, product) = await OrderingTestData.ProductAsync(app, stock: 3);
        var (code, _, _, _) = await OrderingTestData.PlaceAsync(app, product, 3);
        await Shopping.PastDeadlineAsync(app, code);
        await Eventually.TrueAsync(async () => (await Shopping.OrderAsync(app, code)).Status == OrderStatus.Expired, TimeSpan.FromSeconds(20), "order expired");
        Assert.Equal(3, await Shopping.StockAsync(app, product));
    }
}
