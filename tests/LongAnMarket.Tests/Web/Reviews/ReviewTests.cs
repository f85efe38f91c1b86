using System.Net;
using System.Text.Json;
using LongAnMarket.Core.Reviews;
using LongAnMarket.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LongAnMarket.Tests.Web.Reviews;

/// <summary>
/// Reviews from real buyers (#26): only the buyer of a delivered line writes one, once; the producer answers once; a
/// report goes to the trade office, which keeps or hides it; the product page, its card and JSON-LD follow on their next
/// request while the shared page carries nothing of any visitor; what anyone types stays inert.
/// </summary>
public abstract class ReviewTests(AppFixture fixture)
{
    private const string Hostile = "<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) \u202Egnp.exe";
    private readonly MarketAppFactory _app = fixture.App;

    private static string ReviewLink(DeliveredOrder order) => order.Link.Replace($"/orders/{order.Code}?", $"/orders/{order.Code}/reviews/new?line={order.LineId}&");

    private static Dictionary<string, string> Form(DeliveredOrder order, int stars, string text = "Cơm dẻo, thơm.") => new()
    {
        ["Line"] = order.LineId.ToString(), ["Stars"] = stars.ToString(), ["Text"] = text,
    };

    private async Task<HttpResponseMessage> ReviewAsync(Visitor buyer, DeliveredOrder order, int stars, string text = "Cơm dẻo, thơm.",
        IReadOnlyList<(string Field, string FileName, byte[] Bytes)>? photos = null) =>
        await buyer.SubmitAsync(ReviewLink(order), order.Link.Replace($"/orders/{order.Code}?", $"/orders/{order.Code}/reviews/new?"), Form(order, stars, text), photos);

    [Fact]
    public async Task Only_the_buyer_of_a_delivered_line_reviews_it_once_and_the_cached_product_page_shows_it_on_its_next_request()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Gạo Nàng Thơm", price: 120_000));
        var order = await DeliveredOrder.PlaceAsync(_app, product, 2);
        await _app.SearchCaughtUpAsync();
        var page = $"/p/{product.Slug}";
        var before = await new Visitor(_app).PageAsync(page);
        Assert.Contains("Chưa có đánh giá", before.QuerySelector("#reviews")!.TextContent);
        Assert.DoesNotContain("aggregateRating", before.QuerySelector("script[type='application/ld+json']")!.TextContent);

        // Not the buyer: the code alone, a wrong key, another buyer's order; not delivered: nothing to review.
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/orders/{order.Code}/reviews/new?line={order.LineId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await new Visitor(_app).GetAsync($"/orders/{order.Code}/reviews/new?line={order.LineId}&key=0000")).StatusCode);
        var buyer = new Visitor(_app);
        var other = await DeliveredOrder.PlaceAsync(_app, product, 1);
        var foreign = await buyer.GetAsync(order.Link.Replace($"/orders/{order.Code}?", $"/orders/{order.Code}/reviews/new?line={other.LineId}&"));
        Assert.Equal(HttpStatusCode.Redirect, foreign.StatusCode); // back to the order, nothing to write about that line
        Assert.Contains("chưa giao hoặc đã được bạn đánh giá", (await buyer.PageAsync(foreign.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);

        // Stars are required, 1 to 5; then it is written once, with a photo and the buyer's words kept inert.
        Assert.Contains("Hãy chọn từ 1 đến 5 sao.", (await HtmlPage.ParseAsync(await ReviewAsync(buyer, order, 6))).QuerySelector("#form-errors")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.Reviews.AnyAsync(r => r.OrderId == order.OrderId)));
        var written = await ReviewAsync(buyer, order, 4, Hostile, [("photos", "bao-gao.png", TestImages.Png(800, 600))]);
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var orderPage = await buyer.PageAsync(written.Headers.Location!.OriginalString);
        Assert.Contains("đã đánh giá", orderPage.QuerySelector("#reviews + ul")!.TextContent);
        var again = await buyer.GetAsync(ReviewLink(order));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var twice = await buyer.Client.PostAsync(order.Link.Replace($"/orders/{order.Code}?", $"/orders/{order.Code}/reviews/new?"),
            new FormUrlEncodedContent(Form(order, 1).With("__RequestVerificationToken", await TokenAsync(buyer, "/account/login"))));
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);
        Assert.Equal(1, await _app.WithDbAsync(db => db.Reviews.CountAsync(r => r.OrderId == order.OrderId)));

        // The next request of the shared page shows it: the average, the count, "Đã mua hàng", the masked guest's name.
        var after = await Eventually.ReadAsync(() => new Visitor(_app).PageAsync(page), p => p.QuerySelector("[data-testid=rating-count]") is not null, TimeSpan.FromSeconds(5));
        Assert.Equal("4,0", after.QuerySelector("[data-testid=rating-average] strong")!.TextContent);
        Assert.Equal("1 đánh giá", after.QuerySelector("[data-testid=rating-count]")!.TextContent);
        var shown = after.QuerySelector("#reviews .review")!;
        Assert.Contains("Khách hàng M***", shown.TextContent); // Trần Thị Mua, a guest
        Assert.DoesNotContain("Trần Thị Mua", after.Body!.InnerHtml);
        Assert.Contains("Đã mua hàng", shown.TextContent);
        Assert.Single(shown.QuerySelectorAll(".review__photos img"));
        var html = after.Body!.InnerHtml;
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=\"x\"", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        using var jsonLd = JsonDocument.Parse(after.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var rating = jsonLd.RootElement.GetProperty("aggregateRating");
        Assert.Equal((4.0, 1), (rating.GetProperty("ratingValue").GetDouble(), rating.GetProperty("reviewCount").GetInt32()));
        Assert.Equal(4, jsonLd.RootElement.GetProperty("review")[0].GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());

        // The card in the category shows it too; two visitors get the same stored page, with nothing of either.
        Assert.Contains("4,0", (await new Visitor(_app).PageAsync($"/c/{catalog.Category.Slug}")).QuerySelector($".card:has(a[href='/p/{product.Slug}']) .card__rating")!.TextContent);
        var first = await buyer.GetAsync(page);
        var second = await new Visitor(_app).GetAsync(page);
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.DoesNotContain(order.BuyerEmail, await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_producer_answers_once_in_public_and_a_hidden_review_leaves_the_average_with_its_author_told_why()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var product = await _app.WithDbAsync(db => catalog.AddProductAsync(db, "Lạp xưởng tôm", price: 195_000));
        var happy = await DeliveredOrder.PlaceAsync(_app, product, 1);
        var angry = await DeliveredOrder.PlaceAsync(_app, product, 1);
        await ReviewAsync(new Visitor(_app), happy, 5, "Ngon, thơm.");
        await ReviewAsync(new Visitor(_app), angry, 1, "Gọi 0909 123 456 mua rẻ hơn.");
        var reviews = await _app.WithDbAsync(db => db.Reviews.Where(r => r.ProductId == product.Id).OrderBy(r => r.Stars).ToListAsync());
        var (low, high) = (reviews[0], reviews[1]);
        Assert.Equal((2, 6), await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => ValueTuple.Create(p.RatingCount, p.RatingStars)).SingleAsync()));

        // The producer answers once; another producer cannot; the answer is public and inert.
        var seller = await TestSellers.SignedInAsync(_app, catalog);
        await seller.SubmitAsync("/seller/reviews", $"/seller/reviews/{high.Id}/reply", new() { ["reply"] = Hostile });
        Assert.Empty((await seller.PageAsync("/seller/reviews")).QuerySelectorAll($"form[action='/seller/reviews/{high.Id}/reply']"));
        var second = await seller.Client.PostAsync($"/seller/reviews/{high.Id}/reply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reply"] = "Lần nữa", ["__RequestVerificationToken"] = await TokenAsync(seller, "/seller/reviews"),
        }));
        Assert.Contains("Bạn đã trả lời đánh giá này.", (await seller.PageAsync(second.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        var stranger = await TestSellers.SignedInAsync(_app, await _app.WithDbAsync(db => TestCatalog.CreateAsync(db)));
        Assert.Empty((await stranger.PageAsync("/seller/reviews")).QuerySelectorAll(".review"));
        var foreign = await stranger.Client.PostAsync($"/seller/reviews/{low.Id}/reply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reply"] = "Không phải của tôi", ["__RequestVerificationToken"] = await TokenAsync(stranger, "/seller/shipping"),
        }));
        Assert.Contains("Không tìm thấy đánh giá này.", (await stranger.PageAsync(foreign.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Null(await _app.WithDbAsync(db => db.Reviews.Where(r => r.Id == low.Id).Select(r => r.Reply).SingleAsync()));
        var page = await Eventually.ReadAsync(() => new Visitor(_app).PageAsync($"/p/{product.Slug}"),
            p => p.QuerySelector(".review__reply") is not null, TimeSpan.FromSeconds(5));
        Assert.Contains("&lt;script&gt;", page.QuerySelector(".review__reply")!.InnerHtml);
        Assert.Equal("3,0", page.QuerySelector("[data-testid=rating-average] strong")!.TextContent);

        // Anyone signed in reports it, once; the producer cannot take it down; the trade office hides it with a reason.
        var reporter = new Visitor(_app);
        await reporter.SignUpAndInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await new Visitor(_app).GetAsync($"/reviews/{low.Id}/report")).StatusCode); // sign in first
        var reported = await reporter.SubmitAsync($"/reviews/{low.Id}/report", $"/reviews/{low.Id}/report", new() { ["reason"] = "Có số điện thoại, kéo khách đi nơi khác." });
        Assert.Contains("Đã gửi báo cáo", (await HtmlPage.ParseAsync(reported)).QuerySelector("[role=status]")!.TextContent);
        var repeated = await reporter.SubmitAsync($"/reviews/{low.Id}/report", $"/reviews/{low.Id}/report", new() { ["reason"] = "Lần hai" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, repeated.StatusCode);
        var (admin, _, _) = await Visitor.AdminAsync(_app);
        var queue = await admin.PageAsync("/admin/reviews");
        Assert.Contains("Có số điện thoại", queue.QuerySelector($"#review-{low.Id} ~ ul.review-row__reports")!.TextContent);
        var refused = await admin.SubmitAsync("/admin/reviews", $"/admin/reviews/{low.Id}/hide", new() { ["reason"] = " " });
        Assert.Contains("Lý do ẩn không được để trống.", (await admin.PageAsync(refused.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        Assert.False(await _app.WithDbAsync(db => db.Reviews.AnyAsync(r => r.Id == low.Id && r.HiddenAtUtc != null)));
        await admin.SubmitAsync("/admin/reviews", $"/admin/reviews/{low.Id}/hide", new() { ["reason"] = "Đánh giá có số điện thoại để kéo khách." });

        var hidden = await Eventually.ReadAsync(() => new Visitor(_app).PageAsync($"/p/{product.Slug}"),
            p => p.QuerySelector("[data-testid=rating-count]")?.TextContent == "1 đánh giá", TimeSpan.FromSeconds(5));
        Assert.Equal("5,0", hidden.QuerySelector("[data-testid=rating-average] strong")!.TextContent);
        Assert.DoesNotContain("0909 123 456", hidden.Body!.TextContent);
        Assert.Contains(MailPickup.To(_app, angry.BuyerEmail), m => m.Subject!.Contains("đã bị ẩn") && m.TextBody!.Contains("Đánh giá có số điện thoại để kéo khách."));
        Assert.Empty((await admin.PageAsync("/admin/reviews")).QuerySelectorAll($"#review-{low.Id}"));
        Assert.Equal((1, 5), await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => ValueTuple.Create(p.RatingCount, p.RatingStars)).SingleAsync()));
        var again = await admin.Client.PostAsync($"/admin/reviews/{low.Id}/hide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reason"] = "Lần hai", ["__RequestVerificationToken"] = await TokenAsync(admin, "/admin/requests"),
        }));
        Assert.Contains("Đánh giá này đã bị ẩn.", (await admin.PageAsync(again.Headers.Location!.OriginalString)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal((1, 5), await _app.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => ValueTuple.Create(p.RatingCount, p.RatingStars)).SingleAsync()));
    }

    [Fact]
    public async Task Search_sorts_by_rating_and_its_cards_show_the_average()
    {
        var catalog = await _app.WithDbAsync(db => TestCatalog.CreateAsync(db));
        var plain = await _app.WithDbAsync(db => catalog.AddProductAsync(db, $"Mắm cá linh {catalog.Tag}"));
        var good = await _app.WithDbAsync(db => catalog.AddProductAsync(db, $"Mắm cá sặc {catalog.Tag}"));
        var best = await _app.WithDbAsync(db => catalog.AddProductAsync(db, $"Mắm tép {catalog.Tag}"));
        await ReviewAsync(new Visitor(_app), await DeliveredOrder.PlaceAsync(_app, good, 1), 3);
        await ReviewAsync(new Visitor(_app), await DeliveredOrder.PlaceAsync(_app, best, 1), 5);
        await _app.SearchCaughtUpAsync();

        var results = await new Visitor(_app).PageAsync($"/search?q={catalog.Tag}&sort=rating");
        Assert.Equal([best.Slug, good.Slug, plain.Slug], results.QuerySelectorAll(".card .card__link").Select(a => a.GetAttribute("href")!.Split('/')[2]));
        Assert.Equal("5,0 (1) đánh giá", results.QuerySelector(".card__rating")!.TextContent.Replace("★", "").Trim());
        Assert.Equal("Đánh giá cao", results.QuerySelector(".sorts strong[aria-current]")!.TextContent);
    }

    private static async Task<string> TokenAsync(Visitor visitor, string page) =>
        (await visitor.PageAsync(page)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
}

public sealed class ReviewTestsOnSqlite(SqliteAppFixture fixture) : ReviewTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ReviewTestsOnMariaDb(MariaDbAppFixture fixture) : ReviewTests(fixture), IClassFixture<MariaDbAppFixture>;
