using System.Net;
using LongAnMarket.Core.Ordering;
using LongAnMarket.Core.Producers;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Ordering;

/// <summary>A guest fills one cart from two producers, checks out and pays by VietQR: through the pages and forms a browser uses.</summary>
public abstract class CheckoutFlowTests(OrderingAppFixture fixture)
{
    private readonly MarketAppFactory _app = fixture.App;

    private Task<(TestCatalog Catalog, LongAnMarket.Core.Catalog.Product Product)> ProducerWithProductAsync(string name, long price, int stock,
        long shippingFee = 30_000, long? freeFrom = null) =>
        OrderingTestData.ProductAsync(_app, price, stock, shippingFee, freeFrom, name);

    [Fact]
    public async Task A_guest_buys_from_two_producers_and_a_signed_bank_notice_pays_both_parts()
    {
        var (_, rice) = await ProducerWithProductAsync("Gạo Nàng Thơm", 120_000, 10, shippingFee: 30_000);
        var (_, sausage) = await ProducerWithProductAsync("Lạp xưởng Cần Đước", 180_000, 5, shippingFee: 25_000, freeFrom: 300_000);
        var guest = new Visitor(_app);
        var email = Visitor.NewEmail();

        Assert.Equal(HttpStatusCode.Redirect, (await guest.AddAsync(rice, 2)).StatusCode);
        await guest.AddAsync(sausage, 2);
        var cart = await guest.PageAsync("/cart");
        Assert.Equal("630.000 ₫", cart.QuerySelector("[data-testid=cart-total]")!.TextContent); // 240k + 30k ship, 360k + free ship

        var code = Shopping.CodeOf(await guest.CheckoutAsync(email));
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.PendingPayment, order.Status);
        Assert.Equal(630_000, order.TotalDong);
        Assert.Equal([(240_000L, 30_000L), (360_000L, 0L)], order.SubOrders.OrderBy(s => s.GoodsDong).Select(s => (s.GoodsDong, s.ShippingDong)));
        Assert.Equal(("Trần Thị Mua", "+84912345678", "Xã Cần Đước"), (order.Buyer.Name, order.Buyer.Phone, order.Buyer.Commune));
        Assert.Equal((8, 3), (await Shopping.StockAsync(_app, rice), await Shopping.StockAsync(_app, sausage)));
        Assert.Empty((await guest.PageAsync("/cart")).QuerySelectorAll("[data-testid=cart-total]"));

        var page = await guest.PageAsync($"/orders/{code}?key={order.AccessKey}");
        Assert.Equal($"DH {code}", page.QuerySelector("[data-testid=purpose]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-testid=vietqr] svg"));
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/orders/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/orders/{code}?key=0000")).StatusCode);

        var notice = await Shopping.BankNoticeAsync(_app, "FT" + Guid.NewGuid().ToString("N")[..10], 630_000, $"MBVCB.123 {code.ToLowerInvariant()} chuyen tien");
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.All(order.SubOrders, s => Assert.Equal(SubOrderStatus.Paid, s.Status));
        Assert.Contains(MailPickup.To(_app, email), m => m.Subject!.Contains("đã được thanh toán"));
        Assert.Contains(MailPickup.To(_app, email), m => m.Subject!.Contains("đã được đặt"));
    }

    [Fact]
    public async Task Prices_totals_and_shipping_come_from_the_server_whatever_the_form_says()
    {
        var (_, product) = await ProducerWithProductAsync("Khóm Tân Lập", 40_000, 10, shippingFee: 20_000);
        var guest = new Visitor(_app);
        await guest.SubmitAsync($"/p/{product.Slug}", "/cart/add", new()
        {
            ["VariantId"] = product.Variants[0].Id.ToString(), ["Quantity"] = "3", ["PriceDong"] = "1", ["PriceSeenDong"] = "1",
        });
        var code = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail(), new()
        {
            ["TotalDong"] = "1000", ["ShippingDong"] = "0", ["Lines[0].UnitPriceDong"] = "1",
        }));
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(140_000, order.TotalDong);
        Assert.Equal(40_000, order.SubOrders.Single().Lines.Single().UnitPriceDong);
    }

    [Fact]
    public async Task A_checkout_form_submitted_twice_places_one_order()
    {
        var (_, product) = await ProducerWithProductAsync("Thanh long ruột đỏ", 50_000, 10);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, 1);
        var checkout = await guest.PageAsync("/checkout");
        var fields = Shopping.Address(Visitor.NewEmail());
        foreach (var hidden in checkout.QuerySelectorAll("form[action='/checkout'] input[type=hidden]"))
            fields[hidden.GetAttribute("name")!] = hidden.GetAttribute("value")!;

        var submits = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => guest.Client.PostAsync("/checkout", new FormUrlEncodedContent(fields))));
        var codes = submits.Select(Shopping.CodeOf).Distinct().ToList();
        Assert.Single(codes);
        Assert.Equal(9, await Shopping.StockAsync(_app, product));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1000")]
    [InlineData("99999999999999")]
    [InlineData("abc")]
    public async Task A_quantity_outside_one_to_999_is_refused_with_a_message_and_the_cart_stays_as_it_was(string quantity)
    {
        var (_, product) = await ProducerWithProductAsync("Mắm cá linh", 60_000, 2000);
        var guest = new Visitor(_app);
        var response = await guest.SubmitAsync($"/p/{product.Slug}", "/cart/add", new() { ["VariantId"] = product.Variants[0].Id.ToString(), ["Quantity"] = quantity });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cart = await guest.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("999", cart.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal($"/p/{product.Slug}", cart.QuerySelector("[role=alert] a")!.GetAttribute("href"));
        Assert.NotNull(cart.QuerySelector(".empty"));
    }

    [Fact]
    public async Task Unpublished_products_and_a_suspended_producers_items_cannot_be_bought()
    {
        var (catalog, product) = await ProducerWithProductAsync("Bánh tráng", 30_000, 10);
        var draft = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Bánh phồng", publish: false));
        var guest = new Visitor(_app);
        await guest.SubmitAsync($"/p/{product.Slug}", "/cart/add", new() { ["VariantId"] = draft.Variants[0].Id.ToString(), ["Quantity"] = "1" });
        Assert.Empty((await guest.PageAsync("/cart")).QuerySelectorAll(".cart-lines"));

        await guest.AddAsync(product, 1);
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        await admin.SubmitAsync($"/admin/producers/{catalog.Producer.Id}/suspend", $"/admin/producers/{catalog.Producer.Id}/suspend", new() { ["reason"] = "Kiểm tra chất lượng", ["confirmed"] = "true" });
        Assert.Equal(ProducerStatus.Suspended, await _app.WithDbAsync(db => db.Producers.Where(p => p.Id == catalog.Producer.Id).Select(p => p.Status).SingleAsync()));

        var cart = await guest.PageAsync("/cart");
        Assert.Contains("Hiện không được bán", cart.QuerySelector(".cart-line--problem")!.TextContent);
        var refused = await guest.CheckoutAsync(Visitor.NewEmail());
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(10, await Shopping.StockAsync(_app, product));
    }

    [Fact]
    public async Task Stock_gone_between_cart_and_checkout_is_said_clearly_and_nothing_is_reserved()
    {
        var (_, product) = await ProducerWithProductAsync("Chanh không hạt", 25_000, 3);
        var early = new Visitor(_app);
        var late = new Visitor(_app);
        await early.AddAsync(product, 2);
        await late.AddAsync(product, 2);
        Shopping.CodeOf(await early.CheckoutAsync(Visitor.NewEmail()));

        var refused = await late.CheckoutAsync(Visitor.NewEmail());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await HtmlPage.ParseAsync(refused);
        Assert.Contains("chỉ còn 1", page.QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(1, await Shopping.StockAsync(_app, product));
    }

    [Fact]
    public async Task A_guest_cart_joins_the_account_cart_at_sign_in_and_the_order_shows_in_the_history()
    {
        var (_, rice) = await ProducerWithProductAsync("Gạo ST25", 150_000, 10);
        var (_, fruit) = await ProducerWithProductAsync("Thanh long", 40_000, 10);
        var shopper = new Visitor(_app);
        var email = await shopper.SignUpAndInAsync();
        await shopper.AddAsync(rice, 1);
        await shopper.SubmitAsync("/account", "/account/logout", []);

        await shopper.AddAsync(rice, 2);
        await shopper.AddAsync(fruit, 1);
        await shopper.SignInAsync(email);
        var cart = await shopper.PageAsync("/cart");
        var quantities = cart.QuerySelectorAll(".cart-quantity input[name=Quantity]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["1", "3"], quantities.Order());

        var code = Shopping.CodeOf(await shopper.CheckoutAsync(email));
        var history = await shopper.PageAsync("/account/orders");
        Assert.Contains(code, history.QuerySelector("table")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync($"/orders/{code}")).StatusCode); // its own account needs no key
    }

    [Fact]
    public async Task A_guest_finds_the_order_again_by_its_code_and_email_and_not_by_the_code_alone()
    {
        var (_, product) = await ProducerWithProductAsync("Nước mắm", 70_000, 10);
        var guest = new Visitor(_app);
        var email = Visitor.NewEmail();
        await guest.AddAsync(product, 1);
        var code = Shopping.CodeOf(await guest.CheckoutAsync(email));

        var stranger = new Visitor(_app);
        var wrong = await stranger.SubmitAsync("/orders/track", "/orders/track", new() { ["Code"] = code, ["Email"] = "ai-do@example.vn" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var right = await stranger.SubmitAsync("/orders/track", "/orders/track", new() { ["Code"] = $"dh {code.ToLowerInvariant()}", ["Email"] = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync(right.Headers.Location!.OriginalString)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/orders/not-a-code")).StatusCode);
    }

    [Fact]
    public async Task A_deleted_account_takes_its_personal_data_off_its_orders_and_the_orders_stay_for_the_books()
    {
        var (_, product) = await ProducerWithProductAsync("Bánh pía", 55_000, 10);
        var shopper = new Visitor(_app);
        var email = await shopper.SignUpAndInAsync();
        await shopper.AddAsync(product, 2);
        var code = Shopping.CodeOf(await shopper.CheckoutAsync(email));
        var export = await (await shopper.GetAsync("/account/personal-data")).Content.ReadAsStringAsync();
        Assert.Contains(code, export);
        Assert.Contains("12 đường Chợ Đào", System.Text.RegularExpressions.Regex.Unescape(export));

        await shopper.SubmitAsync("/account/delete", "/account/delete", new() { ["Password"] = Visitor.Passphrase });
        var order = await Shopping.OrderAsync(_app, code);
        Assert.Equal(("(đã xoá)", "", "", "", (string?)null), (order.Buyer.Name, order.Buyer.Phone, order.Buyer.Email, order.Buyer.Street, order.UserId));
        Assert.Equal((110_000 + 30_000L, 2), (order.TotalDong, order.SubOrders.Single().Lines.Single().Quantity));
    }

    [Theory]
    [InlineData("Phone", "12345", "Số điện thoại")]
    [InlineData("Phone", "0272 3123 456", "di động")]
    [InlineData("Email", "khong-phai-email", "Email")]
    [InlineData("Name", "", "tên người nhận")]
    [InlineData("Commune", "", "xã/phường")]
    public async Task A_bad_address_field_re_shows_the_form_with_its_message_and_places_nothing(string field, string value, string message)
    {
        var (_, product) = await ProducerWithProductAsync("Dưa lưới", 80_000, 10);
        var guest = new Visitor(_app);
        await guest.AddAsync(product, 1);
        var response = await guest.CheckoutAsync(Visitor.NewEmail(), new() { [field] = value });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("#form-errors")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(10, await Shopping.StockAsync(_app, product));
    }

    [Fact]
    public async Task An_order_with_an_alcoholic_drink_needs_the_buyers_confirmation_of_being_18_and_keeps_it()
    {
        var (catalog, spirit) = await ProducerWithProductAsync("Rượu đế Gò Đen", 150_000, 5);
        await _app.WithDbAsync(async db =>
        {
            await catalog.LicenseAlcoholAsync(db);
            var product = await db.Products.SingleAsync(p => p.Id == spirit.Id);
            product.MarkAlcohol(true);
            await db.SaveChangesAsync();
        });
        var product = await new Visitor(_app).PageAsync($"/p/{spirit.Slug}");
        Assert.Contains("chỉ bán cho người từ 18 tuổi", product.QuerySelector(".product__adult")?.TextContent);
        var guest = new Visitor(_app);
        await guest.AddAsync(spirit, 1);
        var form = await guest.PageAsync("/checkout");
        Assert.NotNull(form.QuerySelector("input[name=BuyerConfirmedAdult][required]"));
        var orders = await _app.WithDbAsync(db => db.Orders.CountAsync());

        var refused = await guest.CheckoutAsync(Visitor.NewEmail());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("đã đủ 18 tuổi", (await HtmlPage.ParseAsync(refused)).QuerySelector("#form-errors")!.TextContent);
        Assert.Equal(orders, await _app.WithDbAsync(db => db.Orders.CountAsync()));
        Assert.Equal(5, await Shopping.StockAsync(_app, spirit));

        var code = Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail(), new() { ["BuyerConfirmedAdult"] = "true" }));
        var order = await Shopping.OrderAsync(_app, code);
        Assert.True(order.BuyerConfirmedAdult);
        Assert.Contains("đã xác nhận đủ 18 tuổi", (await guest.PageAsync($"/orders/{code}?key={order.AccessKey}")).QuerySelector(".order__adult")?.TextContent);
    }

    [Fact]
    public async Task An_order_without_alcohol_asks_no_age()
    {
        var (_, rice) = await ProducerWithProductAsync("Gạo Tài Nguyên", 90_000, 5);
        var guest = new Visitor(_app);
        await guest.AddAsync(rice, 1);
        Assert.Null((await guest.PageAsync("/checkout")).QuerySelector("input[name=BuyerConfirmedAdult]"));
        Assert.False((await Shopping.OrderAsync(_app, Shopping.CodeOf(await guest.CheckoutAsync(Visitor.NewEmail())))).BuyerConfirmedAdult);
    }
}

public sealed class CheckoutFlowTestsOnSqlite(SqliteOrderingFixture fixture) : CheckoutFlowTests(fixture), IClassFixture<SqliteOrderingFixture>;

public sealed class CheckoutFlowTestsOnMariaDb(MariaDbOrderingFixture fixture) : CheckoutFlowTests(fixture), IClassFixture<MariaDbOrderingFixture>;
