using System.Net;
using LongAnMarket.Core.Conversations;
using LongAnMarket.Infrastructure.Conversations;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LongAnMarket.Tests.Web.Conversations;

/// <summary>
/// Messages about an order part (#26): the buyer and the producer write each other with photos, each seeing the
/// other's contact details hidden, the trade office reading everything and stepping in; a link by email for each new
/// message; strangers see nothing; the producer page shows the median time to a first answer once there are five.
/// </summary>
public abstract class ConversationTests(AppFixture fixture)
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) \u202Egnp.exe";
    private readonly MarketAppFactory _app = fixture.App;

    private static string ThreadOf(DeliveredOrder order) => order.Link.Replace($"/orders/{order.Code}?", $"/orders/{order.Code}/parts/{order.PartId}/messages?");

    [Fact]
    public async Task Each_party_sees_the_others_contact_details_hidden_while_the_trade_office_reads_all()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Thanh long ruột đỏ", price: 95_000));
        var order = await DeliveredOrder.PlaceAsync(_app, product, 1);
        var thread = ThreadOf(order);

        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/orders/{order.Code}/parts/{order.PartId}/messages")).StatusCode);
        var buyer = new Visitor(_app);
        var empty = await buyer.SubmitAsync(thread, thread, new() { ["message"] = "   " });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Hãy viết tin nhắn hoặc gửi ảnh.", (await HtmlPage.ParseAsync(empty)).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.Conversations.AnyAsync(c => c.SubOrderId == order.PartId)));

        var sent = await buyer.SubmitAsync(thread, thread, new() { ["message"] = "Gọi 0909 123 456 hoặc mail lan@gmail.com nhé. " + Hostile },
            [("photos", "trai-dap.png", TestImages.Png(640, 480))]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mine = await buyer.PageAsync(thread);
        Assert.Contains("0909 123 456", mine.QuerySelector(".message--mine")!.TextContent); // one's own words, as written
        var mail = Assert.Single(MailPickup.To(_app, catalog.Producer.Email), m => m.Subject!.Contains($"Tin nhắn mới về đơn {order.Code}"));
        Assert.Contains($"/seller/messages/{order.PartId}", mail.TextBody);
        Assert.DoesNotContain("0909 123 456", mail.TextBody); // a link, never the words

        var seller = await TestSellers.SignedInAsync(_app, catalog);
        var sellerView = await seller.PageAsync($"/seller/messages/{order.PartId}");
        var received = sellerView.QuerySelector(".message")!.TextContent;
        Assert.DoesNotContain("0909 123 456", received);
        Assert.DoesNotContain("lan@gmail.com", received);
        Assert.Contains("[đã ẩn]", received);
        var photo = sellerView.QuerySelector(".message__photo")!.GetAttribute("src")!;
        Assert.Equal("image/webp", (await seller.GetAsync(photo)).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync(photo.Replace("/seller/messages", $"/orders/{order.Code}/parts/{order.PartId}/messages"))).StatusCode);
        await seller.SubmitAsync($"/seller/messages/{order.PartId}", $"/seller/messages/{order.PartId}", new() { ["message"] = "Zalo cho shop 0912.000.111 để đổi trái." });
        Assert.Contains(MailPickup.To(_app, order.BuyerEmail), m => m.Subject!.Contains($"Tin nhắn mới về đơn {order.Code}") && m.TextBody!.Contains("/messages?key="));
        var answered = await buyer.PageAsync(thread);
        Assert.DoesNotContain("0912.000.111", answered.Body!.TextContent);
        Assert.Contains("Zalo cho shop [đã ẩn] để đổi trái.", answered.QuerySelectorAll(".message").Last().TextContent);

        // Another producer sees nothing; the trade office reads all and steps in, and both sides hear of it.
        var stranger = await TestSellers.SignedInAsync(_app, await _app.WithDbAsync(db => TestCatalog.CreateAsync(db)));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/seller/messages/{order.PartId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(photo)).StatusCode);
        var (admin, adminEmail, _) = await Visitor.AdminAsync(_app);
        var office = await admin.PageAsync($"/admin/messages/{order.PartId}");
        Assert.Contains("0909 123 456", office.Body!.TextContent);
        Assert.Contains("0912.000.111", office.Body!.TextContent);
        await admin.SubmitAsync($"/admin/messages/{order.PartId}", $"/admin/messages/{order.PartId}", new() { ["message"] = "Ban quản lý sàn: hãy trao đổi trên sàn." });
        Assert.Equal(2, MailPickup.To(_app, catalog.Producer.Email).Count(m => m.Subject!.Contains($"Tin nhắn mới về đơn {order.Code}")));
        Assert.Contains("Ban quản lý sàn", (await buyer.PageAsync(thread)).QuerySelector(".message--office")!.TextContent);
        Assert.Contains(adminEmail, (await admin.PageAsync($"/admin/messages/{order.PartId}")).QuerySelector(".message--office")!.TextContent);

        // What anyone typed is text on every page.
        foreach (var (visitor, path) in new[] { (buyer, thread), (seller, $"/seller/messages/{order.PartId}"), (admin, $"/admin/messages/{order.PartId}") })
        {
            var html = await (await visitor.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task The_producer_page_shows_the_median_time_to_a_first_answer_once_five_buyers_wrote()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng tôm", price: 195_000));
        async Task ThreadAsync(int hours)
        {
            var order = await DeliveredOrder.PlaceAsync(_app, product, 1);
            await _app.WithServicesAsync(s => s.GetRequiredService<ConversationBook>().WriteAsync(order.OrderId, order.PartId, Party.Buyer, "người mua", "Còn hàng không?", [], CancellationToken.None));
            fixture.Clock.Advance(TimeSpan.FromHours(hours));
            await _app.WithServicesAsync(s => s.GetRequiredService<ConversationBook>().WriteAsync(order.OrderId, order.PartId, Party.Producer, "htx", "Còn ạ.", [], CancellationToken.None));
        }
        foreach (var hours in new[] { 1, 2, 3, 30 }) await ThreadAsync(hours);
        Assert.Null(await _app.WithServicesAsync(s => s.GetRequiredService<ConversationBook>().MedianReplyHoursAsync(catalog.Producer.Id, CancellationToken.None)));
        await ThreadAsync(2);
        Assert.Equal(2, (await _app.WithServicesAsync(s => s.GetRequiredService<ConversationBook>().MedianReplyHoursAsync(catalog.Producer.Id, CancellationToken.None)))!.Value, 0.01);
        var page = await Eventually.ReadAsync(() => new Visitor(_app).PageAsync($"/producers/{catalog.Producer.Slug}"),
            p => p.QuerySelector("[data-testid=producer-reply]") is not null, TimeSpan.FromSeconds(5));
        Assert.Equal("Thường trả lời tin nhắn trong khoảng 2 giờ", page.QuerySelector("[data-testid=producer-reply]")!.TextContent);
    }
}

public sealed class ConversationTestsOnSqlite(SqliteAppFixture fixture) : ConversationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ConversationTestsOnMariaDb(MariaDbAppFixture fixture) : ConversationTests(fixture), IClassFixture<MariaDbAppFixture>;
