using LongAnMarket.BrowserTests.Support;
using Microsoft.Playwright;

namespace LongAnMarket.BrowserTests.Ordering;

/// <summary>
/// A review as people make it (#26): the demo shopper reviews a delivered bag of rice on a phone with a photo, the
/// cooperative answers at its desk, and the product page and its card show the new average at both widths.
/// </summary>
public sealed class ReviewJourneyTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string Rice = "Gạo Nàng Thơm Chợ Đào";

    [Fact]
    public async Task A_buyer_reviews_with_a_photo_the_producer_answers_and_the_page_and_card_show_the_new_average()
    {
        await using var phone = await Fixture.SizedAsync(390, 844, phone: true);
        var shopper = await phone.NewPageAsync();
        await ProducerDesk.SignInAsync(shopper, "shopper@longanmarket.example", "demo-shopper-long-an");
        await shopper.GotoAsync("/account/orders");
        var orders = await shopper.Locator("main td[data-label='Mã đơn'] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        ILocator? write = null;
        foreach (var order in orders)
        {
            await shopper.GotoAsync(order);
            var link = shopper.Locator("#reviews + ul li", new() { HasText = Rice }).GetByRole(AriaRole.Link, new() { Name = "Viết đánh giá" });
            if (await link.CountAsync() == 0) continue;
            write = link;
            break;
        }
        Assert.True(write is not null, "the demo shopper has no unreviewed delivered rice");
        await write.ClickAsync();
        await Assertions.Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đánh giá sản phẩm");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Assertions.Expect(shopper.Locator("#form-errors")).ToContainTextAsync("Hãy chọn từ 1 đến 5 sao.");
        await shopper.GetByLabel("4 sao", new() { Exact = false }).CheckAsync();
        await shopper.GetByLabel("Nhận xét (không bắt buộc)").FillAsync("Hạt đều, cơm dẻo; một túi hơi móp góc.");
        await shopper.Locator("#Photos").SetInputFilesAsync(new FilePayload { Name = "tui-gao.png", MimeType = "image/png", Buffer = Photos.Field(800, 600) });
        await FitsAndPassesAxeAsync(shopper, "117-390-review-form");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Gửi đánh giá" }).ClickAsync();
        await Assertions.Expect(shopper.Locator("main [role=status]").First).ToContainTextAsync("Cảm ơn bạn đã đánh giá");
        await Assertions.Expect(shopper.Locator("#reviews + ul li", new() { HasText = Rice }).First).ToContainTextAsync("đã đánh giá");

        await using var desk = await Fixture.SizedAsync(1366, 900, phone: false);
        var producer = await desk.NewPageAsync();
        await ProducerDesk.SignInAsync(producer, "producer@longanmarket.example", "demo-producer-long-an");
        await producer.GotoAsync("/seller/reviews");
        var review = producer.Locator(".review", new() { HasText = "một túi hơi móp góc" });
        var id = (await review.GetAttributeAsync("id"))!.Replace("review-", "");
        await producer.GetByLabel("Trả lời công khai").And(producer.Locator($"#reply-{id}")).FillAsync("Cảm ơn chị, lần sau hợp tác xã đóng thùng kỹ hơn.");
        await producer.Locator($"form[action='/seller/reviews/{id}/reply'] button").ClickAsync();
        await Assertions.Expect(producer.Locator("main [role=status]").First).ToContainTextAsync("Đã đăng câu trả lời");
        await FitsAndPassesAxeAsync(producer, "118-1366-seller-reviews");

        foreach (var (width, height) in new[] { (390, 844), (1366, 900) })
        {
            await using var context = await Fixture.SizedAsync(width, height, phone: width < 800);
            var visitor = await context.NewPageAsync();
            await visitor.GotoAsync("/p/gao-nang-thom-cho-dao");
            await Assertions.Expect(visitor.GetByTestId("rating-count")).ToHaveTextAsync("2 đánh giá");
            await Assertions.Expect(visitor.GetByTestId("rating-average")).ToContainTextAsync("4,5");
            var mine = visitor.Locator($"#review-{id}");
            await Assertions.Expect(mine.Locator(".review__reply")).ToContainTextAsync("đóng thùng kỹ hơn");
            await mine.ScrollIntoViewIfNeededAsync(); // the photo loads lazily, once near the screen
            Assert.True(await mine.Locator(".review__photos img").EvaluateAsync<bool>(
                "img => img.complete && img.naturalWidth > 0 || new Promise(done => img.addEventListener('load', () => done(img.naturalWidth > 0), { once: true }))"));
            await FitsAndPassesAxeAsync(visitor, $"119-{width}-product-reviews");
            await visitor.GotoAsync("/search?q=g%E1%BA%A1o%20n%C3%A0ng%20th%C6%A1m&sort=rating");
            await Assertions.Expect(visitor.Locator(".card", new() { HasText = Rice }).First.Locator(".card__rating")).ToContainTextAsync("4,5 (2)");
            await FitsAndPassesAxeAsync(visitor, $"120-{width}-search-by-rating");
        }
    }
}
